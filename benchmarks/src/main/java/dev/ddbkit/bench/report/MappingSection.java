package dev.ddbkit.bench.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The mapping workloads: the raw Enhanced Client, {@code DynamoTemplate} and a repository
 * on the same backend, with each one's cost over the Enhanced Client.
 */
final class MappingSection {

	/** Method, description and the Enhanced Client method it is compared with. */
	private static final String[][] WORKLOADS = {
			{ "enhancedClientPut", "Enhanced Client putItem (bean)", "enhancedClientPut" },
			{ "templatePut", "DynamoTemplate.save (record)", "enhancedClientPut" },
			{ "repositoryPut", "Repository save (record)", "enhancedClientPut" },
			{ "enhancedClientGet", "Enhanced Client getItem (bean)", "enhancedClientGet" },
			{ "templateGet", "DynamoTemplate.findById (GetItem)", "enhancedClientGet" },
			{ "repositoryGet", "Repository findByCustomerId (derived, a Query)", "enhancedClientGet" } };

	private final StringBuilder out;

	private final List<JmhResult> results;

	MappingSection(StringBuilder out, List<JmhResult> jmh) {
		this.out = out;
		this.results = jmh.stream().filter((result) -> "MappingBenchmarks".equals(result.group())).toList();
	}

	void render() {
		line("## Mapping: Enhanced Client, DynamoTemplate and repository");
		line("");
		if (this.results.isEmpty()) {
			line("No results (the mapping workloads were not run).");
			line("");
			return;
		}
		line("Same customer (about 200 bytes) each way; \"time over Enhanced Client\" is the mean time per "
				+ "operation over the raw Enhanced Client's (target: the template adds at most 15%), and the same "
				+ "for the median, steadier on a busy machine.");
		line("");
		line("| Workload | Backend | ops/s | p50 µs | p99 µs | time over Enhanced Client (mean) | (p50) |");
		line("|---|---|--:|--:|--:|--:|--:|");
		for (String backend : this.results.stream().map(JmhResult::backend).distinct().toList()) {
			for (String[] workload : WORKLOADS) {
				Optional<JmhResult> result = find(workload[0], backend);
				if (result.isPresent()) {
					JmhResult found = result.get();
					line("| " + workload[1] + " | " + backend + " | " + BenchmarkReport.ops(found.opsPerSecond())
							+ " | " + BenchmarkReport.micros(found.p50Micros()) + " | "
							+ BenchmarkReport.micros(found.p99Micros()) + " | "
							+ overhead(found, find(workload[2], backend), JmhResult::meanMicros) + " | "
							+ overhead(found, find(workload[2], backend), JmhResult::p50Micros) + " |");
				}
			}
		}
		line("");
	}

	private static String overhead(JmhResult result, Optional<JmhResult> baseline, ToDoubleFunction<JmhResult> time) {
		if (baseline.isEmpty() || baseline.get() == result) {
			return "-";
		}
		double percent = (time.applyAsDouble(result) / time.applyAsDouble(baseline.get()) - 1) * 100;
		return String.format(Locale.ROOT, "%+.0f%%", percent);
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
