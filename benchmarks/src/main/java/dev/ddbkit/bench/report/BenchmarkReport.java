package dev.ddbkit.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.ddbkit.bench.BenchBackends;

/**
 * Writes {@code docs/benchmarks.md} from a results directory filled by
 * {@code benchmarks/run.sh}: {@code jmh.json} (JMH, SampleTime), {@code probes.tsv} (the
 * probes' lines), {@code machine.txt} (machine facts), {@code command.txt} (the exact
 * command) and, if present, {@code profiling.md} (the profiling notes, copied verbatim).
 * <p>
 * Arguments: {@code <results dir> <output file> [--smoke]}; {@code --smoke} marks the
 * page as a smoke run whose numbers are not measurements.
 */
public final class BenchmarkReport {

	/**
	 * The one-minute load average above which the page warns that the machine was busy.
	 */
	private static final double BUSY_LOAD = 1.5;

	private final Path results;

	private final boolean smoke;

	private final StringBuilder out = new StringBuilder();

	BenchmarkReport(Path results, boolean smoke) {
		this.results = results;
		this.smoke = smoke;
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			throw new IllegalArgumentException("Usage: BenchmarkReport <results dir> <output file> [--smoke]");
		}
		boolean smoke = args.length > 2 && "--smoke".equals(args[2]);
		String page = new BenchmarkReport(Path.of(args[0]), smoke).render();
		Path output = Path.of(args[1]);
		if (output.getParent() != null) {
			Files.createDirectories(output.getParent());
		}
		Files.writeString(output, page);
		System.out.println("Wrote " + output.toAbsolutePath());
	}

	String render() throws IOException {
		List<JmhResult> jmh = Files.exists(file("jmh.json")) ? JmhResult.read(file("jmh.json")) : List.of();
		List<String[]> probes = probes();
		line("# Benchmarks");
		line("");
		if (this.smoke) {
			line("> **SMOKE RUN, NOT MEASUREMENTS.** This page was written by a run with tiny settings (one short "
					+ "iteration, a small table) on a machine busy with other builds, only to prove that the harness "
					+ "works end to end. Do not quote these numbers; run `benchmarks/run.sh` on a quiet machine.");
			line("");
		}
		String machine = read("machine.txt");
		double load = startLoad(machine);
		if (!this.smoke && load > BUSY_LOAD) {
			line("> **Busy machine.** The load average was " + load + " when the run started (see Machine): other "
					+ "work shared the CPUs, so stalls inflate the means (ops/s) and the tails. Medians (p50) hold up "
					+ "better; rerun on a quiet machine for the means.");
			line("");
		}
		line("Written by `benchmarks/run.sh` on " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ".");
		line("");
		line("Command:");
		line("");
		line("```");
		line(read("command.txt").strip());
		line("```");
		line("");
		line("## Machine");
		line("");
		line("```");
		line(machine.strip());
		line("```");
		line("");
		line("## How to read this");
		line("");
		line("- Every workload is the same SDK `DynamoDbClient` call on four backends: `engine` (our engine in "
				+ "process), `engine-http` (our engine's HTTP server on loopback), `dynamodb-local` (Amazon's "
				+ "DynamoDB Local 3.3.1 embedded, telemetry off) and `dynamodb-local-http` (its HTTP server on "
				+ "loopback). HTTP backends use the SDK HTTP client named under Machine (`http client`; Apache 5 "
				+ "by default, which sets TCP_NODELAY), SDK retries off.");
		line("- JMH SampleTime, one thread: ops/s is 1 / mean time per operation; p50 and p99 are the sampled "
				+ "percentiles in microseconds.");
		line("- `× DynamoDB Local` is ops/s divided by the ops/s of DynamoDB Local in the same shape: in-process "
				+ "backends against `dynamodb-local`, HTTP backends against `dynamodb-local-http`.");
		line("");
		new SdkSection(this.out, jmh, this.smoke).render();
		new MappingSection(this.out, jmh).render();
		new ProbeSection(this.out, probes).render();
		if (Files.exists(file("profiling.md"))) {
			line(read("profiling.md").strip());
			line("");
		}
		if (probes.stream().noneMatch((probe) -> "heap".equals(probe[0]) && "1000000".equals(probe[2]))) {
			line("## Not measured");
			line("");
			line("- Memory after 1M items: run `benchmarks/run.sh --million` to include it.");
			line("");
		}
		return this.out.toString();
	}

	/**
	 * The one-minute load average at the start of the run ({@code machine.txt}'s first
	 * {@code load average:} line), or 0 when unknown.
	 */
	static double startLoad(String machine) {
		for (String text : machine.split("\n")) {
			String trimmed = text.strip();
			if (trimmed.startsWith("load average:")) {
				String[] fields = trimmed.substring("load average:".length()).strip().split("\\s+");
				try {
					return Double.parseDouble(fields[0]);
				}
				catch (NumberFormatException ex) {
					return 0;
				}
			}
		}
		return 0;
	}

	private List<String[]> probes() throws IOException {
		List<String[]> probes = new ArrayList<>();
		for (String probe : read("probes.tsv").split("\n")) {
			if (probe.startsWith("startup\t") || probe.startsWith("heap\t") || probe.startsWith("slice\t")) {
				probes.add(probe.strip().split("\t"));
			}
		}
		return probes;
	}

	private Path file(String name) {
		return this.results.resolve(name);
	}

	private String read(String name) throws IOException {
		Path path = file(name);
		return Files.exists(path) ? Files.readString(path) : "(" + name + " missing)";
	}

	private void line(String text) {
		this.out.append(text).append('\n');
	}

	static String ops(double value) {
		if (Double.isNaN(value)) {
			return "-";
		}
		return (value >= 100) ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
	}

	static String micros(double value) {
		if (Double.isNaN(value)) {
			return "-";
		}
		return (value >= 100) ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
	}

	static String ratio(Optional<JmhResult> result, Optional<JmhResult> reference) {
		if (result.isEmpty() || reference.isEmpty()) {
			return "-";
		}
		return String.format(Locale.ROOT, "%.1f×", result.get().opsPerSecond() / reference.get().opsPerSecond());
	}

	static boolean isReference(String backend) {
		return BenchBackends.reference(backend).equals(backend);
	}

}
