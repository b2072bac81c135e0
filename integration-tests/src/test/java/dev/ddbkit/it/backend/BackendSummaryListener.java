package dev.ddbkit.it.backend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints one line at the end of the run with passed, failed and skipped tests per
 * backend, e.g.
 * {@code backend summary: engine 40 passed, 0 failed; localstack skipped (no Docker engine reachable)},
 * and writes it to {@code target/backend-summary.txt}. Registered through
 * {@code META-INF/services}.
 */
public final class BackendSummaryListener implements TestExecutionListener {

	private static final String INVOCATION_SEGMENT = "class-template-invocation";

	/**
	 * How {@link DynamoBackendExtension} words the skip reason of a backend that cannot
	 * run here.
	 */
	static final String UNAVAILABLE = " skipped: ";

	private final Map<String, Tally> tallies = new ConcurrentHashMap<>();

	private @Nullable TestPlan plan;

	@Override
	public void testPlanExecutionStarted(TestPlan testPlan) {
		this.plan = testPlan;
		this.tallies.clear();
	}

	@Override
	public void executionSkipped(TestIdentifier identifier, String reason) {
		backendOf(identifier).ifPresent((backend) -> {
			Tally tally = tally(backend);
			if (reason.startsWith(backend + UNAVAILABLE)) {
				tally.skippedReason = reason.substring((backend + UNAVAILABLE).length());
			}
			if (identifier.isTest()) {
				tally.skipped++;
			}
		});
	}

	@Override
	public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
		if (!identifier.isTest() && !isInvocation(identifier)) {
			return;
		}
		backendOf(identifier).ifPresent((backend) -> {
			Tally tally = tally(backend);
			switch (result.getStatus()) {
				case SUCCESSFUL -> tally.passed += identifier.isTest() ? 1 : 0;
				case ABORTED -> tally.skipped++;
				case FAILED -> tally.failed++;
			}
		});
	}

	@Override
	public void testPlanExecutionFinished(TestPlan testPlan) {
		if (this.tallies.isEmpty()) {
			return;
		}
		Map<String, Tally> ordered = new LinkedHashMap<>();
		DynamoBackends.all()
			.stream()
			.filter((backend) -> this.tallies.containsKey(backend.name()))
			.forEach((backend) -> ordered.put(backend.name(), this.tallies.get(backend.name())));
		String line = "backend summary: " + ordered.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + " " + entry.getValue())
			.collect(Collectors.joining("; "));
		System.out.println(line);
		try {
			Path target = Path.of("target");
			if (Files.isDirectory(target)) {
				Files.writeString(target.resolve("backend-summary.txt"), line + System.lineSeparator());
			}
		}
		catch (IOException ex) {
			System.err.println("could not write target/backend-summary.txt: " + ex);
		}
	}

	private Tally tally(String backend) {
		return this.tallies.computeIfAbsent(backend, (name) -> new Tally());
	}

	private Optional<String> backendOf(TestIdentifier identifier) {
		TestPlan testPlan = this.plan;
		TestIdentifier current = identifier;
		while (testPlan != null && current != null) {
			if (isInvocation(current) && DynamoBackends.isBackendName(current.getDisplayName())) {
				return Optional.of(current.getDisplayName());
			}
			current = testPlan.getParent(current).orElse(null);
		}
		return Optional.empty();
	}

	private static boolean isInvocation(TestIdentifier identifier) {
		return INVOCATION_SEGMENT.equals(identifier.getUniqueIdObject().getLastSegment().getType());
	}

	/** Counts of one backend over all suites. */
	private static final class Tally {

		int passed;

		int failed;

		int skipped;

		@Nullable String skippedReason;

		@Override
		public String toString() {
			if (this.passed == 0 && this.failed == 0 && this.skippedReason != null) {
				return "skipped (" + this.skippedReason + ")";
			}
			String counts = this.passed + " passed, " + this.failed + " failed";
			return (this.skipped > 0) ? counts + ", " + this.skipped + " skipped" : counts;
		}

	}

}
