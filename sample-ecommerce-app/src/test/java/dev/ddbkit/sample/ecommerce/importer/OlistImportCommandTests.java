package dev.ddbkit.sample.ecommerce.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ddbkit.sample.ecommerce.order.OrderRepository;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --import=
 *
<dir>
 * } run on the shipped sample folder (by path, as for the larger dataset): the report
 * counts exactly the items the CSV files make, computed here from the files with a plain
 * CSV parser, and the data is readable afterwards.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE, args = "--import=src/main/resources/olist")
class OlistImportCommandTests {

	private static final Path FOLDER = Path.of("src/main/resources/olist");

	@Autowired
	private OlistImportCommand command;

	@Autowired
	private OrderRepository orders;

	@Test
	void importWritesEveryItemTheFilesMakeAndReportsWhatItTook() {
		ImportReport report = this.command.getLastReport();

		assertThat(report).isNotNull();
		assertThat(report.itemsWritten()).isEqualTo(expectedItems());
		// Every item is at most 1 KB here, one WCU each, plus one per GSI the item is in.
		assertThat(report.consumedWriteUnits()).isGreaterThanOrEqualTo(report.itemsWritten());
		assertThat(report.retries()).isNotNegative();
		assertThat(report.throttles()).isNotNegative();
		assertThat(report.elapsed()).isPositive();
		List<Map<String, String>> orderRows = read("olist_orders_dataset.csv");
		assertThat(orderRows).allSatisfy((row) -> assertThat(this.orders.findById(row.get("order_id")))
			.hasValueSatisfying((order) -> assertThat(order.getStatus()).isEqualTo(row.get("order_status"))));
	}

	private static long expectedItems() {
		List<Map<String, String>> orderRows = read("olist_orders_dataset.csv");
		List<Map<String, String>> customerRows = read("olist_customers_dataset.csv");
		List<Map<String, String>> itemRows = read("olist_order_items_dataset.csv");
		List<Map<String, String>> reviewRows = read("olist_order_reviews_dataset.csv");
		List<Map<String, String>> productRows = read("olist_products_dataset.csv");
		Set<String> persons = new HashSet<>();
		customerRows.forEach((row) -> persons.add(row.get("customer_unique_id")));
		Set<String> categories = new HashSet<>();
		productRows.stream()
			.map((row) -> row.get("product_category_name"))
			.filter((name) -> !name.isEmpty())
			.forEach(categories::add);
		Map<String, Set<String>> productsByOrder = new HashMap<>();
		itemRows.forEach((row) -> productsByOrder.computeIfAbsent(row.get("order_id"), (key) -> new HashSet<>())
			.add(row.get("product_id")));
		long productReviews = reviewRows.stream()
			.mapToLong((row) -> productsByOrder.getOrDefault(row.get("order_id"), Set.of()).size())
			.sum();
		return persons.size() + orderRows.size() + itemRows.size() + read("olist_order_payments_dataset.csv").size()
				+ reviewRows.size() + productRows.size() + categories.size() + read("olist_sellers_dataset.csv").size()
				+ productReviews;
	}

	private static List<Map<String, String>> read(String file) {
		try (InputStream in = BOMInputStream.builder().setInputStream(Files.newInputStream(FOLDER.resolve(file))).get();
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.RFC4180.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.get()
					.parse(reader)) {
			List<Map<String, String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				rows.add(record.toMap());
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
