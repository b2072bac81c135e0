package dev.ddbkit.autoconfigure.diagnostics;

import dev.ddbkit.mapping.DynamoQueryMethodException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Analyzes repository query methods that no key of the table or its indexes can serve.
 */
final class DynamoQueryMethodFailureAnalyzer extends AbstractFailureAnalyzer<DynamoQueryMethodException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DynamoQueryMethodException cause) {
		return new FailureAnalysis(String.valueOf(cause.getMessage()),
				"Make each listed method query by the properties of one access pattern above (the partition key "
						+ "properties with equality, then at most a sort key condition), add an index with "
						+ "@IndexPartitionKey and @IndexSortKey whose templates cover the method's properties, or "
						+ "annotate the method with @AllowScan to accept a Scan of the whole table.",
				cause);
	}

}
