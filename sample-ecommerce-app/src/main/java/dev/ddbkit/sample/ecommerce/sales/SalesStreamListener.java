package dev.ddbkit.sample.ecommerce.sales;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.ddbkit.autoconfigure.DynamoSchemaInitializer;
import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.mapping.DynamoConditionFailedException;
import dev.ddbkit.mapping.core.DynamoTemplate;
import dev.ddbkit.mapping.core.DynamoUpdate;
import dev.ddbkit.mapping.schema.EntitySchema;
import dev.ddbkit.sample.ecommerce.order.Order;
import dev.ddbkit.sample.ecommerce.order.OrderItem;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
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
 * order from the stream's one shard and summed per day before each day's item is updated
 * with atomic counters. Runs on the embedded engine, whose stream API is in process;
 * enabling the stream happens before the sample is loaded, so the view covers it.
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

	private final @Nullable DynamoEngine engine;

	private final Map<String, LocalDate> purchaseDays = new LinkedHashMap<>(1024, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, LocalDate> eldest) {
			return size() > 10_000;
		}

	};

	private @Nullable String shardIterator;

	private long processed;

	// The schema initializer is asked for so that the table exists before its stream is
	// enabled.
	SalesStreamListener(DynamoTemplate template, ObjectProvider<DynamoEngine> engine,
			ObjectProvider<DynamoSchemaInitializer> schema) {
		schema.getIfAvailable();
		this.template = template;
		this.engine = engine.getIfAvailable();
	}

	@Override
	public void afterPropertiesSet() {
		if (this.engine == null) {
			logger.info("Daily sales are maintained from the stream on the embedded engine only");
			return;
		}
		String tableName = tableName();
		TableDescription table = this.engine.client().describeTable((request) -> request.tableName(tableName)).table();
		if (table.streamSpecification() == null || !Boolean.TRUE.equals(table.streamSpecification().streamEnabled())) {
			this.engine.client()
				.updateTable((request) -> request.tableName(tableName)
					.streamSpecification(StreamSpecification.builder()
						.streamEnabled(true)
						.streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)
						.build()));
		}
	}

	/** Whether the listener runs (the embedded engine is in use). */
	public boolean isActive() {
		return this.engine != null;
	}

	/**
	 * Reads the stream up to its end and applies every record to the view.
	 * @return the records applied by this call
	 */
	public synchronized long catchUp() {
		if (this.engine == null) {
			return 0;
		}
		DynamoDbStreamsClient streams = this.engine.streamsClient();
		if (this.shardIterator == null) {
			this.shardIterator = firstIterator(streams);
		}
		long applied = 0;
		while (this.shardIterator != null) {
			String iterator = this.shardIterator;
			GetRecordsResponse page = streams.getRecords((request) -> request.shardIterator(iterator).limit(PAGE));
			this.shardIterator = page.nextShardIterator();
			if (page.records().isEmpty()) {
				break;
			}
			apply(page.records());
			applied += page.records().size();
		}
		this.processed += applied;
		return applied;
	}

	/** The stream records applied since start-up. */
	public synchronized long getProcessed() {
		return this.processed;
	}

	private String firstIterator(DynamoDbStreamsClient streams) {
		String arn = streams.listStreams((request) -> request.tableName(tableName())).streams().get(0).streamArn();
		String shardId = streams.describeStream((request) -> request.streamArn(arn))
			.streamDescription()
			.shards()
			.get(0)
			.shardId();
		return streams.getShardIterator(
				(request) -> request.streamArn(arn).shardId(shardId).shardIteratorType(ShardIteratorType.TRIM_HORIZON))
			.shardIterator();
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
