package dev.ddbkit.sample.ecommerce.sales;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.ddbkit.autoconfigure.DynamoSchemaInitializer;
import dev.ddbkit.mapping.DynamoConditionFailedException;
import dev.ddbkit.mapping.core.DynamoTemplate;
import dev.ddbkit.mapping.core.DynamoUpdate;
import dev.ddbkit.mapping.schema.EntitySchema;
import dev.ddbkit.sample.ecommerce.order.Order;
import dev.ddbkit.sample.ecommerce.order.OrderItem;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link DailySales} from the table's stream (NEW_AND_OLD_IMAGES): each order
 * counts on its purchase day, each order item adds its price and freight there; a
 * replaced or deleted item takes its old contribution back. Records are read in sequence
 * order per shard (a {@link StreamReader}) and summed per day before each day's item is
 * updated with atomic counters. Needs only a {@link DynamoDbStreamsClient} bean (the
 * starter's: the embedded engine's streams client, or in {@code aws} mode one with the
 * {@code DynamoDbClient}'s region, endpoint and credentials). Tables the application
 * creates declare the stream ({@link SalesTableConfiguration}); on a table that existed
 * without it the listener turns it on with {@code UpdateTable} (logged as a warning),
 * before the sample is loaded, so the view covers it.
 *
 * @see <a href=
 * "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html">Change
 * data capture for DynamoDB Streams</a>
 */
@Component
public class SalesStreamListener implements InitializingBean {

	private static final Log logger = LogFactory.getLog(SalesStreamListener.class);

	private static final int PAGE = 1000;

	private final DynamoTemplate template;

	private final DynamoDbClient client;

	private final @Nullable DynamoDbStreamsClient streams;

	private final Map<String, LocalDate> purchaseDays = new LinkedHashMap<>(1024, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, LocalDate> eldest) {
			return size() > 10_000;
		}

	};

	private @Nullable StreamReader reader;

	private long processed;

	// The schema initializer is asked for so that the table exists before its stream is
	// enabled.
	SalesStreamListener(DynamoTemplate template, DynamoDbClient client, ObjectProvider<DynamoDbStreamsClient> streams,
			ObjectProvider<DynamoSchemaInitializer> schema) {
		schema.getIfAvailable();
		this.template = template;
		this.client = client;
		this.streams = streams.getIfAvailable();
	}

	@Override
	public void afterPropertiesSet() {
		if (this.streams == null) {
			logger.info("No DynamoDbStreamsClient bean: daily sales are not maintained");
			return;
		}
		String tableName = tableName();
		TableDescription table = this.client.describeTable((request) -> request.tableName(tableName)).table();
		if (table.streamSpecification() == null || !Boolean.TRUE.equals(table.streamSpecification().streamEnabled())) {
			logger.warn("Table " + tableName + " exists without a stream: changing it with UpdateTable to turn on "
					+ "its NEW_AND_OLD_IMAGES stream for the daily sales (tables the application creates declare it)");
			this.client.updateTable(
					(request) -> request.tableName(tableName).streamSpecification(SalesTableConfiguration.STREAM));
		}
	}

	/** Whether the listener runs (a streams client is there). */
	public boolean isActive() {
		return this.streams != null;
	}

	/**
	 * Reads the stream up to its end and applies every record to the view.
	 * @return the records applied by this call
	 */
	public synchronized long catchUp() {
		if (this.streams == null) {
			return 0;
		}
		if (this.reader == null) {
			String arn = this.client.describeTable((request) -> request.tableName(tableName()))
				.table()
				.latestStreamArn();
			if (arn == null) {
				// UpdateTable on DynamoDB enables the stream asynchronously.
				return 0;
			}
			this.reader = new StreamReader(this.streams, arn, PAGE);
		}
		long applied = this.reader.readAvailable(this::apply);
		this.processed += applied;
		return applied;
	}

	/** The stream records applied since start-up. */
	public synchronized long getProcessed() {
		return this.processed;
	}

	private void apply(List<Record> records) {
		Map<LocalDate, SalesDelta> deltas = new TreeMap<>();
		for (Record record : records) {
			contribute(record.dynamodb().oldImage(), -1, deltas);
			contribute(record.dynamodb().newImage(), 1, deltas);
		}
		deltas.forEach(this::write);
	}

	private void contribute(@Nullable Map<String, AttributeValue> image, int sign, Map<LocalDate, SalesDelta> deltas) {
		if (image == null || image.isEmpty() || !image.containsKey(EntitySchema.TYPE_ATTRIBUTE)) {
			return;
		}
		String type = image.get(EntitySchema.TYPE_ATTRIBUTE).s();
		if ("Order".equals(type)) {
			Order order = this.template.getTableSchema(Order.class).mapToItem(image);
			LocalDate day = order.getPurchasedAt().toLocalDate();
			this.purchaseDays.put(order.getOrderId(), day);
			deltas.computeIfAbsent(day, (key) -> new SalesDelta()).addOrder(sign);
		}
		else if ("OrderItem".equals(type)) {
			OrderItem item = this.template.getTableSchema(OrderItem.class).mapToItem(image);
			LocalDate day = purchaseDay(item.getOrderId());
			if (day != null) {
				deltas.computeIfAbsent(day, (key) -> new SalesDelta())
					.addItem(sign, item.getPrice(), item.getFreightValue());
			}
		}
	}

	// Items name their order, not its day: the order's own record usually came first.
	private @Nullable LocalDate purchaseDay(String orderId) {
		LocalDate day = this.purchaseDays.get(orderId);
		if (day == null) {
			day = this.template.findById(Order.class, orderId, true)
				.map((order) -> order.getPurchasedAt().toLocalDate())
				.orElse(null);
			if (day != null) {
				this.purchaseDays.put(orderId, day);
			}
		}
		return day;
	}

	private void write(LocalDate day, SalesDelta delta) {
		if (delta.isEmpty()) {
			return;
		}
		DynamoUpdate update = DynamoUpdate.create()
			.increment("orders", delta.orders)
			.increment("items", delta.items)
			.increment("itemsTotal", delta.itemsTotal)
			.increment("freightTotal", delta.freightTotal);
		try {
			this.template.update(DailySales.class, day, update);
		}
		catch (DynamoConditionFailedException ex) {
			// UpdateItem through the template needs the item: the day's first record
			// creates it.
			DailySales sales = new DailySales(day);
			sales.setOrders(delta.orders);
			sales.setItems(delta.items);
			sales.setItemsTotal(delta.itemsTotal);
			sales.setFreightTotal(delta.freightTotal);
			try {
				this.template.insert(sales);
			}
			catch (DuplicateKeyException raced) {
				this.template.update(DailySales.class, day, update);
			}
		}
	}

	private String tableName() {
		return this.template.getTableSchema(Order.class).getSchema().getTableName();
	}

}
