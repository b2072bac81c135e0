package dev.ddbkit.it.conformance;

import org.jspecify.annotations.Nullable;

/**
 * One case of a conformance file: its id, how JUnit shows it, and DynamoDB Local's answer
 * when the file pins it.
 */
interface ConformanceCase {

	String id();

	String displayName();

	@Nullable String pinned();

}
