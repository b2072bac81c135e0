package dev.ddbkit.mapping.observability;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;

/**
 * Every meter of one name, as "tag=value,..." to its count (timers, counters) or value
 * (gauges).
 */
public final class MeterSnapshot {

	private MeterSnapshot() {
	}

	public static Map<String, Double> of(MeterRegistry registry, String name) {
		Map<String, Double> snapshot = new TreeMap<>();
		for (Meter meter : registry.find(name).meters()) {
			String tags = meter.getId()
				.getTags()
				.stream()
				.map((Tag tag) -> tag.getKey() + "=" + tag.getValue())
				.collect(Collectors.joining(","));
			snapshot.put(tags, value(meter));
		}
		return snapshot;
	}

	private static double value(Meter meter) {
		if (meter instanceof Timer timer) {
			return timer.count();
		}
		if (meter instanceof Counter counter) {
			return counter.count();
		}
		if (meter instanceof DistributionSummary summary) {
			return summary.count();
		}
		if (meter instanceof Gauge gauge) {
			return gauge.value();
		}
		throw new IllegalArgumentException("Unexpected meter " + meter.getId());
	}

}
