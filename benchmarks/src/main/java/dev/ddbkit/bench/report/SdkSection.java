package dev.ddbkit.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.ddbkit.bench.BenchBackends;

/**
 * The raw SDK workloads: one table row per workload and backend, then where the engine
 * stands against the targets of issue 10.
 */
final class SdkSection {

	/** Workload method names in report order, with their descriptions. */
	private static final String[][] WORKLOADS = { { "putItem", "PutItem (~200-byte item)" },
			{ "getItem", "GetItem (random key over N items)" },
			{ "queryPartition", "Query, one partition (100 items)" },
			{ "queryBeginsWith", "Query with begins_with (10 items)" }, { "queryIndex", "GSI Query (100 items)" },
			{ "conditionalUpdate", "UpdateItem with version condition" },
			{ "scan", "Scan, full table, paginated (N items)" }, { "batchWrite", "BatchWriteItem (25 puts)" },
			{ "transactWrite", "TransactWriteItems (4 puts)" } };

	private static final List<String> SINGLE_ITEM = List.of("putItem", "getItem", "conditionalUpdate");

	private static final List<String> QUERY_SCAN = List.of("queryPartition", "queryBeginsWith", "queryIndex", "scan");

	private final StringBuilder out;

	private final List<JmhResult> results;

	private final boolean smoke;

	SdkSection(StringBuilder out, List<JmhResult> jmh, boolean smoke) {
		this.out = out;
		this.smoke = smoke;
		this.results = jmh.stream()
			.filter((result) -> "ReadBenchmarks".equals(result.group()) || "WriteBenchmarks".equals(result.group()))
			.toList();
	}

	void render() {
		line("## SDK calls on each backend");
		line("");
		if (this.results.isEmpty()) {
			line("No results (the raw workloads were not run).");
			line("");
			return;
		}
		String items = this.results.stream()
			.filter((result) -> result.params().containsKey("items"))
			.map((result) -> result.params().get("items"))
			.distinct()
			.reduce((a, b) -> a + ", " + b)
			.orElse("-");
		line("N (preloaded items for GetItem, Query and Scan) = " + items + ".");
		line("");
		line("| Workload | Backend | ops/s | p50 µs | p99 µs | × DynamoDB Local (ops/s) | × DynamoDB Local (p50) |");
		line("|---|---|--:|--:|--:|--:|--:|");
		for (String[] workload : WORKLOADS) {
			for (String backend : BenchBackends.NAMES) {
				Optional<JmhResult> result = find(workload[0], backend);
				if (result.isPresent()) {
					JmhResult found = result.get();
					Optional<JmhResult> reference = find(workload[0], BenchBackends.reference(backend));
					boolean isReference = BenchmarkReport.isReference(backend);
					String ratio = isReference ? "1.0× (reference)" : BenchmarkReport.ratio(result, reference);
					String medianRatio = isReference ? "1.0× (reference)" : medianRatio(found, reference);
					line("| " + workload[1] + " | " + backend + " | " + BenchmarkReport.ops(found.opsPerSecond())
							+ " | " + BenchmarkReport.micros(found.p50Micros()) + " | "
							+ BenchmarkReport.micros(found.p99Micros()) + " | " + ratio + " | " + medianRatio + " |");
				}
			}
		}
		line("");
		targets();
	}

	/** How many times shorter the median call is than DynamoDB Local's. */
	private static String medianRatio(JmhResult result, Optional<JmhResult> reference) {
		if (reference.isEmpty()) {
			return "-";
		}
		return String.format(Locale.ROOT, "%.1f×", reference.get().p50Micros() / result.p50Micros());
	}

	private void targets() {
		line("### Where the engine stands against the targets (issue 10)");
		line("");
		line("The targets are judged on ops/s. On a busy machine a few long stalls (preemption, GC pauses) move "
				+ "the mean, and so ops/s, far more than the median: the p50 ratio is shown beside it.");
		line("");
		line("| Target | Lowest ratio, ops/s (workload) | Lowest ratio, p50 (workload) | Met (ops/s) |");
		line("|---|---|---|---|");
		target("engine ≥ 20× dynamodb-local on single-item operations", BenchBackends.ENGINE, SINGLE_ITEM, 20);
		target("engine ≥ 10× dynamodb-local on Query/Scan", BenchBackends.ENGINE, QUERY_SCAN, 10);
		List<String> all = new ArrayList<>();
		for (String[] workload : WORKLOADS) {
			all.add(workload[0]);
		}
		target("engine-http ≥ 2× dynamodb-local-http on every workload", BenchBackends.ENGINE_HTTP, all, 2);
		line("");
	}

	private void target(String name, String backend, List<String> workloads, double goal) {
		String lowestWorkload = null;
		double lowest = Double.MAX_VALUE;
		String lowestMedianWorkload = null;
		double lowestMedian = Double.MAX_VALUE;
		for (String workload : workloads) {
			Optional<JmhResult> result = find(workload, backend);
			Optional<JmhResult> reference = find(workload, BenchBackends.reference(backend));
			if (result.isPresent() && reference.isPresent()) {
				double ratio = result.get().opsPerSecond() / reference.get().opsPerSecond();
				if (ratio < lowest) {
					lowest = ratio;
					lowestWorkload = workload;
				}
				double medianRatio = reference.get().p50Micros() / result.get().p50Micros();
				if (medianRatio < lowestMedian) {
					lowestMedian = medianRatio;
					lowestMedianWorkload = workload;
				}
			}
		}
		if (lowestWorkload == null) {
			line("| " + name + " | not measured | not measured | - |");
			return;
		}
		line("| " + name + " | " + String.format(Locale.ROOT, "%.1f×", lowest) + " (" + lowestWorkload + ") | "
				+ String.format(Locale.ROOT, "%.1f×", lowestMedian) + " (" + lowestMedianWorkload + ") | "
				+ (this.smoke ? "not judged (smoke run)" : (lowest >= goal) ? "yes" : "no") + " |");
	}

	private Optional<JmhResult> find(String benchmark, String backend) {
		return this.results.stream()
			.filter((result) -> result.benchmark().equals(benchmark) && result.backend().equals(backend))
			.findFirst();
	}

	private void line(String text) {
		this.out.append(text).append('\n');
	}

}
