package dev.ddbkit.sample.ecommerce.importer;

import java.util.List;

import dev.ddbkit.mapping.core.DynamoOperations;
import dev.ddbkit.sample.ecommerce.order.Order;
import dev.ddbkit.sample.ecommerce.order.OrderRepository;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Loads the Olist sample into the table when the application starts, with the template's
 * batch writes (BatchWriteItem, 25 items per request, unprocessed items retried). Skips
 * the load when the table already holds the orders, so a restart against a persistent
 * table does not write them twice, and when {@code --import=folder} asks for another
 * folder instead.
 */
@Component
@ConditionalOnBooleanProperty(name = "sample.import.enabled", matchIfMissing = true)
class OlistImporter implements ApplicationRunner, Ordered {

	private static final Log logger = LogFactory.getLog(OlistImporter.class);

	private final OlistCsvReader csv;

	private final String location;

	private final OrderRepository orders;

	private final DynamoOperations operations;

	OlistImporter(ResourceLoader resourceLoader, @Value("${sample.import.location:classpath:olist/}") String location,
			OrderRepository orders, DynamoOperations operations) {
		this.csv = new OlistCsvReader(resourceLoader, location);
		this.location = location;
		this.orders = orders;
		this.operations = operations;
	}

	// Before the load scenario, which needs the sample loaded.
	@Override
	public int getOrder() {
		return 0;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.containsOption(OlistImportCommand.OPTION)) {
			return;
		}
		long start = System.nanoTime();
		List<Order> orderList = OlistDataset.readOrders(this.csv);
		if (!orderList.isEmpty() && this.orders.existsById(orderList.get(0).getOrderId())) {
			logger.info("Olist sample already loaded (order " + orderList.get(0).getOrderId() + " exists)");
			return;
		}
		OlistDataset dataset = OlistDataset.read(this.csv);
		this.operations.batchSave(dataset.customers());
		this.operations.batchSave(dataset.orders());
		this.operations.batchSave(dataset.items());
		this.operations.batchSave(dataset.products());
		this.operations.batchSave(dataset.categories());
		this.operations.batchSave(dataset.payments());
		this.operations.batchSave(dataset.reviews());
		this.operations.batchSave(dataset.sellers());
		this.operations.batchSave(dataset.productReviews());
		logger.info("Loaded the Olist sample from " + this.location + ": " + dataset.summary() + " in "
				+ (System.nanoTime() - start) / 1_000_000 + " ms");
	}

}
