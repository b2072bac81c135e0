package dev.ddbkit.it.conformance;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import dev.ddbkit.it.conformance.ConformanceBackends.Side;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Compares the engine's answer to DynamoDB Local's for one case and counts the results
 * for the suite's one-line summary. An allow-listed case must still differ, so the
 * allow-list cannot go stale.
 */
final class ConformanceTally {

	/** Reasons starting with this mark a case that used to be identical. */
	static final String REGRESSION = "regression:";

	private final String suite;

	private final AtomicInteger cases = new AtomicInteger();

	private final AtomicInteger identical = new AtomicInteger();

	private final AtomicInteger known = new AtomicInteger();

	private final AtomicInteger regressions = new AtomicInteger();

	private final AtomicInteger unexpected = new AtomicInteger();

	private final AtomicInteger stale = new AtomicInteger();

	ConformanceTally(String suite) {
		this.suite = suite;
	}

	/**
	 * One dynamic test per case: the case runs on DynamoDB Local and on the engine, and
	 * the answers are checked.
	 */
	<C extends ConformanceCase> Stream<DynamicTest> dynamicTests(List<C> cases, ConformanceBackends backends,
			BiFunction<Side, C, String> run, Map<String, String> knownDifferences) {
		return cases.stream().map((testCase) -> DynamicTest.dynamicTest(testCase.displayName(), () -> {
			String local = run.apply(backends.local(), testCase);
			String engine = run.apply(backends.engine(), testCase);
			check(testCase.id(), local, engine, testCase.pinned(), knownDifferences.get(testCase.id()));
		}));
	}

	/**
	 * Case ids are unique and every known difference names a case, so the allow-list
	 * cannot drift.
	 */
	static void assertKnownDifferencesNameCases(List<? extends ConformanceCase> cases,
			Map<String, String> knownDifferences) {
		List<String> ids = cases.stream().map(ConformanceCase::id).toList();
		assertThat(ids).doesNotHaveDuplicates();
		assertThat(ids).containsAll(knownDifferences.keySet());
	}

	/**
	 * Fails unless the engine answers as DynamoDB Local does, or, for a known difference,
	 * unless it still answers differently; a pinned answer must be DynamoDB Local's.
	 */
	void check(String id, String local, String engine, @Nullable String pinned, @Nullable String knownDifference) {
		this.cases.incrementAndGet();
		if (pinned != null) {
			assertThat(local).as("%s: DynamoDB Local no longer gives the pinned answer", id).isEqualTo(pinned);
		}
		boolean same = engine.equals(local);
		if (knownDifference == null) {
			if (!same) {
				this.unexpected.incrementAndGet();
				fail("%s: the engine differs from DynamoDB Local%n  dynamodb-local: %s%n  engine:         %s", id,
						local, engine);
			}
			this.identical.incrementAndGet();
			return;
		}
		if (same) {
			this.stale.incrementAndGet();
			fail("%s is allow-listed (%s) but the engine now answers as DynamoDB Local (%s): remove it from the "
					+ "allow-list and from docs/fidelity.md", id, knownDifference, local);
		}
		this.known.incrementAndGet();
		if (knownDifference.startsWith(REGRESSION)) {
			this.regressions.incrementAndGet();
		}
	}

	/**
	 * E.g. {@code expression conformance: 415 cases, 410 identical, 5 known differences}.
	 */
	String summary() {
		StringBuilder summary = new StringBuilder(this.suite).append(" conformance: ")
			.append(this.cases)
			.append(" cases, ")
			.append(this.identical)
			.append(" identical, ")
			.append(this.known)
			.append(" known differences");
		if (this.regressions.get() > 0) {
			summary.append(" (").append(this.regressions).append(" regressions)");
		}
		if (this.unexpected.get() > 0) {
			summary.append(", ").append(this.unexpected).append(" UNEXPECTED differences");
		}
		if (this.stale.get() > 0) {
			summary.append(", ").append(this.stale).append(" allow-listed but identical");
		}
		return summary.toString();
	}

}
