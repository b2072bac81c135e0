package dev.ddbkit.bench.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report reads the load average at the start of a run from the machine facts, to warn
 * when the machine was busy.
 */
class BenchmarkReportUnitTests {

	@Test
	void theStartLoadIsTheFirstLoadAverageLine() {
		String machine = """
				nproc:        2
				load average: 14.46 9.63 9.22 (at the start)
				java -version:
				load average: 16.15 16.92 14.82 (at the end, 10:20:24 UTC)
				""";

		assertThat(BenchmarkReport.startLoad(machine)).isEqualTo(14.46);
	}

	@Test
	void anUnknownLoadCountsAsIdle() {
		assertThat(BenchmarkReport.startLoad("(machine.txt missing)")).isZero();
	}

}
