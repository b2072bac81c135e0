package dev.ddbkit.bench.report;

import java.util.List;
import java.util.Locale;

import dev.ddbkit.bench.BenchBackends;

/**
 * The probes: time from JVM launch to the first PutItem (median of the runs), the start
 * of a {@code @DynamoTest} context and memory after loading a table.
 */
final class ProbeSection {

	private final StringBuilder out;

	private final List<String[]> probes;

	ProbeSection(StringBuilder out, List<String[]> probes) {
		this.out = out;
		this.probes = probes;
	}

	void render() {
		line("## Time from JVM launch to the first successful PutItem");
		line("");
		line("A fresh JVM per run (`StartupProbe`): start the backend, create a table, put one item. \"From "
				+ "launch\" counts from the shell's clock just before `java`; \"from main\" from `main()`.");
		line("");
		line("| Backend | runs | from launch, median ms | from main, median ms | from launch, min-max ms |");
		line("|---|--:|--:|--:|--:|");
		for (String backend : BenchBackends.NAMES) {
			List<String[]> runs = this.probes.stream()
				.filter((probe) -> "startup".equals(probe[0]) && backend.equals(probe[1]))
				.toList();
			if (!runs.isEmpty()) {
				long[] launch = runs.stream().mapToLong((probe) -> Long.parseLong(probe[2])).sorted().toArray();
				long[] main = runs.stream().mapToLong((probe) -> Long.parseLong(probe[3])).sorted().toArray();
				line("| " + backend + " | " + runs.size() + " | " + launch[launch.length / 2] + " | "
						+ main[main.length / 2] + " | " + launch[0] + "-" + launch[launch.length - 1] + " |");
			}
		}
		line("");
		slice();
		line("## Memory after loading items");
		line("");
		line("A fresh JVM per row (`HeapProbe`): heap in use after full GCs, and resident set size, before and "
				+ "after loading the benchmark items (about 200 bytes each, one GSI). DynamoDB Local keeps its data "
				+ "in SQLite's native memory, so its heap delta alone undercounts it: compare RSS too. The heap is "
				+ "fixed at 4 GB and touched up front (`-XX:+AlwaysPreTouch`), so the RSS delta is memory outside "
				+ "the Java heap (native, metaspace, code), not heap pages touched by garbage.");
		line("");
		line("| Backend | items | heap delta MB | RSS delta MB | load s (BatchWriteItem of 25, 8 threads) |");
		line("|---|--:|--:|--:|--:|");
		this.probes.stream().filter((probe) -> "heap".equals(probe[0])).forEach((probe) -> {
			line("| " + probe[1] + " | " + String.format(Locale.ROOT, "%,d", Long.parseLong(probe[2])) + " | "
					+ megabytes(probe[3]) + " | " + megabytes(probe[4]) + " | "
					+ String.format(Locale.ROOT, "%.1f", Long.parseLong(probe[5]) / 1000.0) + " |");
		});
		line("");
	}

	private void slice() {
		List<String[]> runs = this.probes.stream().filter((probe) -> "slice".equals(probe[0])).toList();
		line("## `@DynamoTest` context start");
		line("");
		if (runs.isEmpty()) {
			line("Not measured in this run.");
			line("");
			return;
		}
		line("A fresh JVM per run (`SliceStartupProbe`) runs a `@DynamoTest` class (one entity with a GSI, one "
				+ "repository with a derived query) through Spring's `TestContextManager`, as JUnit does, several "
				+ "times: the context starts (fresh embedded engine, tables created, repository planned) and the "
				+ "test instance is injected. The first context in a JVM is what the first test class of a run "
				+ "pays (class loading, cold JIT); the later ones are what each further `@DynamoTest` class costs, "
				+ "since the slice gives every test class its own context.");
		line("");
		line("| run | first context, ms from launch | first context, ms from main | later contexts, median ms | "
				+ "later contexts, min-max ms |");
		line("|--:|--:|--:|--:|--:|");
		int run = 1;
		for (String[] probe : runs) {
			line("| " + run++ + " | " + probe[1] + " | " + probe[2] + " | " + probe[3] + " (of " + probe[6] + ") | "
					+ probe[4] + "-" + probe[5] + " |");
		}
		line("");
	}

	private static String megabytes(String bytes) {
		return String.format(Locale.ROOT, "%.1f", Long.parseLong(bytes) / 1_048_576.0);
	}

	private void line(String text) {
		this.out.append(text).append('\n');
	}

}
