package dev.ddbkit.autoconfigure.diagnostics;

import dev.ddbkit.mapping.DynamoMappingException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Analyzes entity mappings that the mapping's verifier rejects, all violations at once.
 */
final class DynamoMappingFailureAnalyzer extends AbstractFailureAnalyzer<DynamoMappingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DynamoMappingException cause) {
		StringBuilder description = new StringBuilder("A @DynamoEntity mapping is invalid: ")
			.append(cause.getViolations().size())
			.append((cause.getViolations().size() == 1) ? " violation:" : " violations:");
		cause.getViolations().forEach((violation) -> description.append("\n - ").append(violation));
		return new FailureAnalysis(description.toString(),
				"Fix each violation on the entity: every {property} in a @PartitionKey, @SortKey, "
						+ "@IndexPartitionKey or @IndexSortKey template must name a property of the entity, each "
						+ "index needs a partition key template, and entities sharing a table must agree on its "
						+ "key and index attributes.",
				cause);
	}

}
