package dev.ddbkit.autoconfigure.actuate;

import java.util.Map;
import java.util.TreeMap;

import dev.ddbkit.mapping.observability.DynamoMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Reads {@link DynamoTableUsage} from the counters {@link DynamoMetrics} records and its
 * hot-key tracker.
 */
final class MicrometerDynamoTableUsageSource implements DynamoTableUsage.Source {

	private static final int HOT_KEYS = 10;

	private final MeterRegistry registry;

	private final DynamoMetrics metrics;

	MicrometerDynamoTableUsageSource(MeterRegistry registry, DynamoMetrics metrics) {
		this.registry = registry;
		this.metrics = metrics;
	}

	@Override
	public DynamoTableUsage usage(String table) {
		Map<String, Double> throttles = new TreeMap<>();
		for (Counter counter : this.registry.find(DynamoMetrics.THROTTLES).tag("table", table).counters()) {
			String reason = String.valueOf(counter.getId().getTag("reason"));
			throttles.merge(reason, counter.count(), Double::sum);
		}
		return new DynamoTableUsage(sum(DynamoMetrics.CONSUMED_RCU, table), sum(DynamoMetrics.CONSUMED_WCU, table),
				throttles, this.metrics.hotKeys().top(table, HOT_KEYS));
	}

	private double sum(String meter, String table) {
		return this.registry.find(meter).tag("table", table).counters().stream().mapToDouble(Counter::count).sum();
	}

}
