package dev.ddbkit.bench.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * One benchmark result of JMH's JSON output ({@code -rf json}), in SampleTime mode.
 *
 * @param benchmark the method's simple name, e.g. {@code getItem}
 * @param group the benchmark class's simple name, e.g. {@code ReadBenchmarks}
 * @param params the JMH parameters, e.g. {@code backend=engine}
 * @param threads benchmark threads
 * @param meanMicros mean time per operation in microseconds
 * @param p50Micros median in microseconds
 * @param p99Micros 99th percentile in microseconds
 */
record JmhResult(String benchmark, String group, Map<String, String> params, int threads, double meanMicros,
		double p50Micros, double p99Micros) {

	/** Operations per second: {@code threads / mean}. */
	double opsPerSecond() {
		return (this.meanMicros > 0) ? this.threads * 1_000_000.0 / this.meanMicros : Double.NaN;
	}

	String backend() {
		return this.params.getOrDefault("backend", "?");
	}

	/** Reads a JMH JSON result file. */
	static List<JmhResult> read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			JsonNode root = JsonNode.parser().parse(in);
			List<JmhResult> results = new ArrayList<>();
			for (JsonNode run : root.asArray()) {
				results.add(of(run.asObject()));
			}
			return results;
		}
	}

	private static JmhResult of(Map<String, JsonNode> run) {
		String fullName = run.get("benchmark").asString();
		int dot = fullName.lastIndexOf('.');
		String className = fullName.substring(0, dot);
		Map<String, String> params = new LinkedHashMap<>();
		JsonNode paramsNode = run.get("params");
		if (paramsNode != null && paramsNode.isObject()) {
			paramsNode.asObject().forEach((name, value) -> params.put(name, value.asString()));
		}
		Map<String, JsonNode> metric = run.get("primaryMetric").asObject();
		String unit = metric.get("scoreUnit").asString();
		if (!"ms/op".equals(unit) && !"us/op".equals(unit) && !"ns/op".equals(unit)) {
			throw new IllegalArgumentException(fullName + ": expected SampleTime results (time/op), got " + unit);
		}
		double toMicros = switch (unit) {
			case "ms/op" -> 1_000.0;
			case "ns/op" -> 0.001;
			default -> 1.0;
		};
		Map<String, JsonNode> percentiles = metric.get("scorePercentiles").asObject();
		return new JmhResult(fullName.substring(dot + 1), className.substring(className.lastIndexOf('.') + 1), params,
				Integer.parseInt(number(run.get("threads"))), toMicros * parse(metric.get("score")),
				toMicros * parse(percentiles.get("50.0")), toMicros * parse(percentiles.get("99.0")));
	}

	private static double parse(JsonNode node) {
		return Double.parseDouble(number(node));
	}

	/** JMH writes numbers, but {@code "NaN"} as a string. */
	private static String number(JsonNode node) {
		return node.isNumber() ? node.asNumber() : node.asString();
	}

}
