package dev.ddbkit.sample.ecommerce.importer;

import java.util.List;
import java.util.Map;

import dev.ddbkit.sample.ecommerce.order.OrderRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --import=folder} run on the shipped sample folder (by path, as for the larger
 * dataset): the report counts exactly the items the CSV files make, computed from the
 * files with a plain CSV parser, and the data is readable afterwards. The table is
 * on-demand here; {@link OlistImportThrottledTests} imports into a provisioned one that
 * throttles.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE, args = "--import=src/main/resources/olist")
class OlistImportCommandTests {

	@Autowired
	private OlistImportCommand command;

	@Autowired
	private OrderRepository orders;

	@Test
	void importWritesEveryItemTheFilesMakeAndReportsWhatItTook() {
		ImportReport report = this.command.getLastReport();

		assertThat(report).isNotNull();
		assertThat(report.itemsWritten()).isEqualTo(OlistExpectedItems.total());
		// Every item is at most 1 KB here, one WCU each, plus one per GSI the item is in.
		assertThat(report.consumedWriteUnits()).isGreaterThanOrEqualTo(report.itemsWritten());
		// Every call refused as throttled is repeated: the import left nothing behind.
		assertThat(report.retries()).isGreaterThanOrEqualTo(report.throttles());
		assertThat(report.elapsed()).isPositive();
		List<Map<String, String>> orderRows = OlistExpectedItems.read("olist_orders_dataset.csv");
		assertThat(orderRows).allSatisfy((row) -> assertThat(this.orders.findById(row.get("order_id")))
			.hasValueSatisfying((order) -> assertThat(order.getStatus()).isEqualTo(row.get("order_status"))));
	}

}
