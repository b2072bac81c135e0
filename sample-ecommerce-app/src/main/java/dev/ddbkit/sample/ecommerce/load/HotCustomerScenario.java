package dev.ddbkit.sample.ecommerce.load;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import dev.ddbkit.autoconfigure.DynamoProperties;
import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.capacity.HotKey;
import dev.ddbkit.engine.capacity.PartitionDiagnostics;
import dev.ddbkit.engine.capacity.ResourceDiagnostics;
import dev.ddbkit.engine.capacity.TableDiagnostics;
import dev.ddbkit.engine.capacity.UsageWindow;
import dev.ddbkit.engine.value.Value;
import dev.ddbkit.mapping.DynamoThroughputExceededException;
import dev.ddbkit.mapping.core.DynamoTemplate;
import dev.ddbkit.mapping.observability.DynamoMetrics;
import dev.ddbkit.mapping.resilience.DynamoBackoff;
import dev.ddbkit.mapping.resilience.DynamoRetrySettings;
import dev.ddbkit.mapping.schema.DynamoMappingContext;
import dev.ddbkit.sample.ecommerce.load.LoadReport.PartitionHeat;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Replays the hot-customer incident on the embedded engine: a reseller places 200 bulk
 * orders a second (one every 5 ms of engine time, each about 6 KB) under one customer
 * key. GSI1 then takes 1,200 WCU a second on one partition key, above the 1,000 WCU a
 * partition serves, and throttles; with GSI1 write-sharded over ten keys no partition is
 * over its ceiling.
 * <p>
 * The engine's clock is held for the run and moved by hand, so the run takes no real time
 * to wait and gives the same answer every time. Throttled writes are retried with the
 * application's retry settings ({@code ddb.retry.*}), the backoff waited on the engine
 * clock. Writes go through a {@link DynamoTemplate} over the engine's client with the
 * application's Micrometer instrumentation (so {@code ddb.throttles} counts them by
 * reason) and without the wall-clock retry layer.
 *
 * @see <a href=
 * "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-sharding.html">Using
 * write sharding to distribute workloads evenly</a>
 */
@Component
public class HotCustomerScenario {

	/** The reseller's customer id. */
	public static final String RESELLER = "reseller-0001";

	/** 200 orders a second. */
	public static final Duration ORDER_INTERVAL = Duration.ofMillis(5);

	/** Lines per bulk order: about 6 KB with the order's own attributes. */
	static final int LINES = 40;

	private final ObjectProvider<DynamoEngine> engine;

	private final ObjectProvider<SteerableClock> clock;

	private final DynamoMappingContext mappingContext;

	private final ObjectProvider<DynamoMetrics> metrics;

	private final ObjectProvider<MeterRegistry> registry;

	private final DynamoRetrySettings retry;

	HotCustomerScenario(ObjectProvider<DynamoEngine> engine, ObjectProvider<SteerableClock> clock,
			DynamoMappingContext mappingContext, ObjectProvider<DynamoMetrics> metrics,
			ObjectProvider<MeterRegistry> registry, DynamoProperties properties) {
		this.engine = engine;
		this.clock = clock;
		this.mappingContext = mappingContext;
		this.metrics = metrics;
		this.registry = registry;
		this.retry = properties.getRetry().toSettings();
	}

	/**
	 * Runs the scenario.
	 * @param sharded whether GSI1 is write-sharded ({@link ShardedResellerOrder})
	 * @param orders the orders to place, 200 a second
	 * @return the report
	 * @throws IllegalStateException when the application does not run on the embedded
	 * engine with its {@link SteerableClock}
	 */
	public LoadReport run(boolean sharded, int orders) {
		DynamoEngine engine = this.engine.getIfAvailable();
		SteerableClock clock = this.clock.getIfAvailable();
		if (engine == null || clock == null) {
			throw new IllegalStateException("The load scenario runs on the embedded engine (ddb.mode=embedded)");
		}
		DynamoMetrics metrics = this.metrics.getIfAvailable();
		DynamoTemplate template = new DynamoTemplate(
				(metrics != null) ? metrics.instrument(engine.client()) : engine.client(), this.mappingContext);
		String table = template.getTableSchema(ResellerOrder.class).getSchema().getTableName();
		Map<String, Long> throttlesBefore = throttlesByReason(table);
		Map<String, Map<Value, Double>> hotBefore = hotKeyUnits(engine.capacityDiagnostics(table));
		long wallStart = System.nanoTime();
		clock.hold();
		try {
			// Start on a diagnostics window boundary: the windows then hold this run
			// only.
			Duration window = engine.settings().throughput().diagnosticsWindow();
			long windowMillis = window.toMillis();
			long now = clock.instant().toEpochMilli();
			Instant start = Instant.ofEpochMilli((now / windowMillis + 1) * windowMillis);
			clock.advance(Duration.between(clock.instant(), start));
			Counts counts = place(template, clock, sharded, orders, start);
			Duration simulated = Duration.between(start, clock.instant());
			Map<String, Long> throttles = new TreeMap<>(throttlesByReason(table));
			throttlesBefore
				.forEach((reason, count) -> throttles.computeIfPresent(reason, (key, value) -> value - count));
			throttles.values().removeIf((count) -> count == 0);
			TableDiagnostics diagnostics = engine.capacityDiagnostics(table);
			String key = "CUSTOMER#" + RESELLER + (sharded ? "#0..#" + (ShardedResellerOrder.SHARDS - 1) : "");
			return new LoadReport(sharded ? "hot-customer-sharded" : "hot-customer", key,
					sharded ? ShardedResellerOrder.SHARDS : 1, orders, counts.written, counts.givenUp, counts.attempts,
					counts.retries, throttles, engineThrottles(diagnostics, start), hottestKeys(diagnostics, hotBefore),
					heat(diagnostics, start), simulated, Duration.ofNanos(System.nanoTime() - wallStart));
		}
		finally {
			clock.release();
		}
	}

	private Counts place(DynamoTemplate template, SteerableClock clock, boolean sharded, int orders, Instant start) {
		DynamoBackoff backoff = DynamoBackoff.of(this.retry, new Random(orders));
		PriorityQueue<Attempt> due = new PriorityQueue<>(
				Comparator.comparing(Attempt::at).thenComparingLong(Attempt::sequence));
		long sequence = 0;
		for (int number = 0; number < orders; number++) {
			due.add(new Attempt(start.plus(ORDER_INTERVAL.multipliedBy(number)), sequence++, number, 1));
		}
		Counts counts = new Counts();
		while (!due.isEmpty()) {
			Attempt attempt = due.poll();
			if (attempt.at().isAfter(clock.instant())) {
				clock.advance(Duration.between(clock.instant(), attempt.at()));
			}
			counts.attempts++;
			try {
				template.save(order(attempt.order(), sharded, start));
				counts.written++;
			}
			catch (DynamoThroughputExceededException ex) {
				if (attempt.number() >= this.retry.maxAttempts()) {
					counts.givenUp++;
				}
				else {
					counts.retries++;
					Instant retryAt = attempt.at().plusMillis(backoff.delayMillis(attempt.number()));
					due.add(new Attempt(retryAt, sequence++, attempt.order(), attempt.number() + 1));
				}
			}
		}
		return counts;
	}

	private static Object order(int number, boolean sharded, Instant start) {
		// Each variant its own orders: rewriting an order would also move its old GSI1
		// entry.
		String orderId = UUID
			.nameUUIDFromBytes((RESELLER + (sharded ? "/sharded/" : "/") + number).getBytes(StandardCharsets.UTF_8))
			.toString()
			.replace("-", "");
		LocalDateTime placed = LocalDateTime.ofInstant(start.plus(ORDER_INTERVAL.multipliedBy(number)), ZoneOffset.UTC);
		List<ResellerOrderLine> lines = new ArrayList<>();
		for (int line = 0; line < LINES; line++) {
			String product = UUID.nameUUIDFromBytes(("product/" + (number * 7 + line) % 500).getBytes())
				.toString()
				.replace("-", "");
			String seller = UUID.nameUUIDFromBytes(("seller/" + line % 12).getBytes()).toString().replace("-", "");
			lines.add(new ResellerOrderLine(product, seller, BigDecimal.valueOf(1990 + line * 10L, 2),
					BigDecimal.valueOf(1512, 2), 1 + line % 5));
		}
		return sharded ? new ShardedResellerOrder(orderId, RESELLER, placed, lines)
				: new ResellerOrder(orderId, RESELLER, placed, lines);
	}

	private Map<String, Long> throttlesByReason(String table) {
		MeterRegistry registry = this.registry.getIfAvailable();
		Map<String, Long> throttles = new TreeMap<>();
		if (registry != null) {
			for (Counter counter : registry.find(DynamoMetrics.THROTTLES).tag("table", table).counters()) {
				String reason = counter.getId().getTag("reason");
				throttles.merge((reason != null) ? reason : "unknown", (long) counter.count(), Long::sum);
			}
		}
		return throttles;
	}

	private static Map<String, Map<String, Long>> engineThrottles(TableDiagnostics diagnostics, Instant start) {
		Map<String, Map<String, Long>> throttles = new LinkedHashMap<>();
		resources(diagnostics).forEach((name, resource) -> {
			Map<String, Long> reasons = new TreeMap<>();
			resource.windows()
				.stream()
				.filter((window) -> !window.start().isBefore(start))
				.forEach((window) -> window.throttlesByReason()
					.forEach((reason, count) -> reasons.merge(reason.wireName(), count, Long::sum)));
			if (!reasons.isEmpty()) {
				throttles.put(name, reasons);
			}
		});
		return throttles;
	}

	// The diagnostics count hot keys over every retained window, the sample's load at
	// start-up included: only what the scenario added is reported.
	private static Map<String, Map<Value, Double>> hotKeyUnits(TableDiagnostics diagnostics) {
		Map<String, Map<Value, Double>> units = new LinkedHashMap<>();
		resources(diagnostics).forEach((name, resource) -> resource.hottestKeys()
			.forEach((hot) -> units.computeIfAbsent(name, (key) -> new LinkedHashMap<>())
				.put(hot.partitionKey(), hot.capacityUnits())));
		return units;
	}

	private static List<String> hottestKeys(TableDiagnostics diagnostics, Map<String, Map<Value, Double>> before) {
		List<String> keys = new ArrayList<>();
		resources(diagnostics).forEach((name, resource) -> {
			Map<Value, Double> earlier = before.getOrDefault(name, Map.of());
			resource.hottestKeys()
				.stream()
				.map((hot) -> new HotKey(hot.partitionKey(),
						hot.capacityUnits() - hot.overestimate() - earlier.getOrDefault(hot.partitionKey(), 0.0), 0))
				.filter((hot) -> hot.capacityUnits() > 0)
				.sorted(Comparator.comparingDouble(HotKey::capacityUnits).reversed())
				.limit(3)
				.forEach((hot) -> keys.add(String.format("%s %s: at least %.0f capacity units asked", name, text(hot),
						hot.capacityUnits())));
		});
		return keys;
	}

	private static String text(HotKey hot) {
		return (hot.partitionKey() instanceof Value.S string) ? string.value() : hot.partitionKey().toString();
	}

	private static Map<String, List<PartitionHeat>> heat(TableDiagnostics diagnostics, Instant start) {
		Map<String, List<PartitionHeat>> heat = new LinkedHashMap<>();
		resources(diagnostics).forEach((name, resource) -> {
			List<PartitionHeat> partitions = new ArrayList<>();
			for (PartitionDiagnostics partition : resource.partitions()) {
				List<UsageWindow> windows = partition.windows()
					.stream()
					.filter((window) -> !window.start().isBefore(start))
					.toList();
				partitions.add(new PartitionHeat(partition.index(),
						windows.stream().mapToDouble(UsageWindow::consumedWriteCapacityUnits).sum(),
						windows.stream().mapToLong(UsageWindow::writeThrottleEvents).sum()));
			}
			heat.put(name, partitions);
		});
		return heat;
	}

	private static Map<String, ResourceDiagnostics> resources(TableDiagnostics diagnostics) {
		Map<String, ResourceDiagnostics> resources = new LinkedHashMap<>();
		resources.put("table", diagnostics.table());
		resources.putAll(diagnostics.globalSecondaryIndexes());
		return resources;
	}

	private record Attempt(Instant at, long sequence, int order, int number) {
	}

	private static final class Counts {

		long attempts;

		long written;

		long givenUp;

		long retries;

	}

}
