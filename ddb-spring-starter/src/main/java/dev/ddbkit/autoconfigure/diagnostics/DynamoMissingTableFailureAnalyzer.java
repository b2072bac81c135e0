package dev.ddbkit.autoconfigure.diagnostics;

import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Analyzes a start-up failure on a table that does not exist, as happens with
 * {@code ddb.schema-action=none}.
 */
final class DynamoMissingTableFailureAnalyzer extends AbstractFailureAnalyzer<ResourceNotFoundException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ResourceNotFoundException cause) {
		return new FailureAnalysis(
				"A DynamoDB table or index that the application uses does not exist: "
						+ cause.awsErrorDetails().errorMessage(),
				"Create the table with the keys and indexes the entities declare, or set "
						+ "ddb.schema-action=create-if-missing so that ddbkit creates it at start-up; check that "
						+ "ddb.table-name, ddb.region and ddb.endpoint point at the intended table.",
				cause);
	}

}
