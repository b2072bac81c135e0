package dev.ddbkit.mapping.observability;

import dev.ddbkit.mapping.resilience.DynamoClientInterceptor;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.Capacity;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Times each attempt and records its capacity, throttles, partition keys and the items a
 * filter dropped.
 */
final class MeteringInterceptor implements DynamoClientInterceptor {

	private final MeterRegistry registry;

	private final boolean requestCapacity;

	private final PartitionKeys partitionKeys;

	private final DynamoHotKeys hotKeys;

	MeteringInterceptor(MeterRegistry registry, boolean requestCapacity, PartitionKeys partitionKeys,
			DynamoHotKeys hotKeys) {
		this.registry = registry;
		this.requestCapacity = requestCapacity;
		this.partitionKeys = partitionKeys;
		this.hotKeys = hotKeys;
	}

	@Override
	public DynamoDbResponse intercept(DynamoDbRequest request, Chain chain) {
		String operation = DynamoRequestFacts.operation(request);
		String table = DynamoRequestFacts.table(request);
		String index = DynamoRequestFacts.index(request);
		this.partitionKeys.extract(request, this.hotKeys::record);
		DynamoDbRequest sent = this.requestCapacity ? ConsumedCapacityRequests.withIndexes(request) : request;
		Timer.Sample sample = Timer.start(this.registry);
		DynamoDbResponse response;
		try {
			response = chain.proceed(sent);
		}
		catch (RuntimeException ex) {
			DynamoOutcome outcome = DynamoOutcome.of(ex);
			sample.stop(timer(operation, table, index, outcome));
			if (outcome == DynamoOutcome.THROTTLED) {
				for (DynamoOutcome.Throttle throttle : DynamoOutcome.throttles(ex, index)) {
					Counter.builder(DynamoMetrics.THROTTLES)
						.description("DynamoDB requests throttled, by reason")
						.tags("operation", operation, "table", table, "index", throttle.index(), "reason",
								throttle.reason())
						.register(this.registry)
						.increment();
				}
			}
			throw ex;
		}
		sample.stop(timer(operation, table, index, DynamoOutcome.SUCCESS));
		boolean read = DynamoRequestFacts.isRead(request);
		for (ConsumedCapacity capacity : ConsumedCapacityRequests.of(response)) {
			record(capacity, (capacity.tableName() != null) ? capacity.tableName() : table, read);
		}
		DynamoFilteredQuery filtered = DynamoFilteredQuery.current();
		if (filtered != null) {
			filtered(filtered, response);
		}
		return (sent != request && !ConsumedCapacityRequests.requested(request))
				? ConsumedCapacityRequests.withoutCapacity(response) : response;
	}

	private void filtered(DynamoFilteredQuery query, DynamoDbResponse response) {
		Integer scanned = (response instanceof QueryResponse q) ? q.scannedCount()
				: (response instanceof ScanResponse s) ? s.scannedCount() : null;
		Integer returned = (response instanceof QueryResponse q) ? q.count()
				: (response instanceof ScanResponse s) ? s.count() : null;
		String entity = DynamoEntityScope.current();
		if (query.first()) {
			Counter.builder(DynamoMetrics.FILTERED_QUERIES)
				.description("Executions of DynamoDB queries and scans with a filter expression")
				.tags("entity", entity, "method", query.method())
				.register(this.registry)
				.increment();
		}
		if (scanned != null && returned != null) {
			Counter.builder(DynamoMetrics.FILTERED_ITEMS)
				.description("Items DynamoDB read and billed but a filter expression dropped")
				.baseUnit("items")
				.tags("entity", entity, "method", query.method())
				.register(this.registry)
				.increment(scanned - returned);
		}
	}

	private Timer timer(String operation, String table, String index, DynamoOutcome outcome) {
		return Timer.builder(DynamoMetrics.REQUESTS)
			.description("DynamoDB request attempts")
			.tags("operation", operation, "table", table, "index", index, "outcome", outcome.tag(), "entity",
					DynamoEntityScope.current())
			.register(this.registry);
	}

	private void record(ConsumedCapacity capacity, String table, boolean read) {
		if (capacity.table() == null) {
			// TOTAL only, or an engine that gives no breakdown: everything goes to the
			// table.
			units(table, DynamoRequestFacts.NONE, capacity.readCapacityUnits(), capacity.writeCapacityUnits(),
					capacity.capacityUnits(), read);
			return;
		}
		units(table, DynamoRequestFacts.NONE, capacity.table(), read);
		if (capacity.hasGlobalSecondaryIndexes()) {
			capacity.globalSecondaryIndexes().forEach((index, units) -> units(table, index, units, read));
		}
		if (capacity.hasLocalSecondaryIndexes()) {
			capacity.localSecondaryIndexes().forEach((index, units) -> units(table, index, units, read));
		}
	}

	private void units(String table, String index, Capacity capacity, boolean read) {
		units(table, index, capacity.readCapacityUnits(), capacity.writeCapacityUnits(), capacity.capacityUnits(),
				read);
	}

	// DynamoDB often gives only CapacityUnits; the operation then says whether they are
	// read or write units.
	private void units(String table, String index, @Nullable Double readUnits, @Nullable Double writeUnits,
			@Nullable Double units, boolean read) {
		if (readUnits == null && writeUnits == null) {
			if (units != null) {
				count(read ? DynamoMetrics.CONSUMED_RCU : DynamoMetrics.CONSUMED_WCU, table, index, units);
			}
			return;
		}
		if (readUnits != null) {
			count(DynamoMetrics.CONSUMED_RCU, table, index, readUnits);
		}
		if (writeUnits != null) {
			count(DynamoMetrics.CONSUMED_WCU, table, index, writeUnits);
		}
	}

	private void count(String name, String table, String index, double units) {
		Counter.builder(name)
			.description("DynamoDB capacity units consumed")
			.baseUnit("capacity_units")
			.tags("table", table, "index", index)
			.register(this.registry)
			.increment(units);
	}

}
