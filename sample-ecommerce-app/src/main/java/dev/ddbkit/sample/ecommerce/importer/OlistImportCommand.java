package dev.ddbkit.sample.ecommerce.importer;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ddbkit.mapping.core.DynamoBatchResult;
import dev.ddbkit.mapping.core.DynamoTemplate;
import dev.ddbkit.sample.ecommerce.catalog.Product;
import dev.ddbkit.sample.ecommerce.order.Order;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.stereotype.Component;

/**
 * {@code --import=folder}: loads the Olist files of a folder (e.g. the 8,135-order set)
 * with batched writes, drawing a progress bar on the console and ending with a report of
 * items written, consumed WCU, retries, throttles and elapsed time. The application then
 * serves the imported data (on the embedded engine it lives in this process only).
 */
@Component
public class OlistImportCommand implements ApplicationRunner {

	/** The command-line option naming the folder. */
	public static final String OPTION = "import";

	private static final Log logger = LogFactory.getLog(OlistImportCommand.class);

	// Items per call of the template's batch write (25 per BatchWriteItem request): the
	// progress bar moves after each.
	private static final int CHUNK = 500;

	private final DynamoTemplate template;

	private final PrintStream console = System.out;

	private volatile @Nullable ImportReport lastReport;

	OlistImportCommand(DynamoTemplate template) {
		this.template = template;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption(OPTION)) {
			return;
		}
		List<String> values = args.getOptionValues(OPTION);
		if (values.size() != 1 || values.get(0).isBlank()) {
			throw new IllegalArgumentException("--import needs exactly one folder: --import=<dir>");
		}
		Path folder = Path.of(values.get(0)).toAbsolutePath().normalize();
		if (!Files.isRegularFile(folder.resolve("olist_orders_dataset.csv"))) {
			throw new IllegalArgumentException("--import=" + folder + ": no olist_orders_dataset.csv there");
		}
		OlistDataset dataset = OlistDataset
			.read(new OlistCsvReader(new DefaultResourceLoader(), folder.toUri().toString()));
		this.console.println("Importing from " + folder + ": " + dataset.summary());
		// A batch may not hold a key twice, and across batches the last one would win:
		// merge
		// first, so the report counts the items stored.
		Map<String, Map<String, AttributeValue>> byKey = new LinkedHashMap<>();
		String tableName = null;
		for (Object entity : dataset.all()) {
			Map<String, AttributeValue> item = item(entity);
			byKey.put(item.get("PK").s() + "\u0000" + item.get("SK").s(), item);
			if (tableName == null) {
				tableName = this.template.getTableSchema(entity.getClass()).getSchema().getTableName();
			}
		}
		List<Map<String, AttributeValue>> items = new ArrayList<>(byKey.values());
		ProgressBar bar = new ProgressBar(this.console, items.size());
		long start = System.nanoTime();
		DynamoBatchResult result = DynamoBatchResult.EMPTY;
		for (int from = 0; from < items.size(); from += CHUNK) {
			int to = Math.min(from + CHUNK, items.size());
			result = result.plus(this.template.batchWriteItems(tableName, items.subList(from, to)));
			bar.update(to);
		}
		bar.finish();
		ImportReport report = new ImportReport(result.itemsWritten(), result.consumedWriteCapacityUnits(),
				result.retries(), result.throttles(), Duration.ofNanos(System.nanoTime() - start));
		this.lastReport = report;
		this.console.println("Import finished: " + report.describe());
		logger.info("Imported " + folder + ": " + report.describe());
	}

	/** The report of the last import, {@code null} before one ran. */
	public @Nullable ImportReport getLastReport() {
		return this.lastReport;
	}

	// Batch writes carry no condition: versioned entities start at version 1, as
	// batchSave
	// writes them.
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private Map<String, AttributeValue> item(Object entity) {
		if (entity instanceof Order order && order.getVersion() == null) {
			order.setVersion(1L);
		}
		if (entity instanceof Product product && product.getVersion() == null) {
			product.setVersion(1L);
		}
		return this.template.getTableSchema((Class) entity.getClass()).itemToMap(entity, true);
	}

}
