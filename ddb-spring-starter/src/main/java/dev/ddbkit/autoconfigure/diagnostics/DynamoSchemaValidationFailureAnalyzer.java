package dev.ddbkit.autoconfigure.diagnostics;

import dev.ddbkit.autoconfigure.DynamoSchemaValidationException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Analyzes {@code ddb.schema-action=validate} finding tables or indexes that differ from
 * the entities.
 */
final class DynamoSchemaValidationFailureAnalyzer extends AbstractFailureAnalyzer<DynamoSchemaValidationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DynamoSchemaValidationException cause) {
		StringBuilder description = new StringBuilder(
				"The DynamoDB schema differs from what the entities declare (ddb.schema-action=validate):");
		cause.getDifferences().forEach((difference) -> description.append("\n - ").append(difference));
		String action = cause.getMissingTables().isEmpty()
				? "Change the tables to match the entities, or the entities to match the tables: ddbkit never "
						+ "changes key schemas or projections, and ddb.schema-action=create-if-missing only adds "
						+ "missing global secondary indexes."
				: "Create the missing tables " + cause.getMissingTables()
						+ " (ddb.schema-action=create-if-missing does it at start-up), or point ddb.table-name, "
						+ "ddb.region and ddb.endpoint at the existing ones; then fix any other difference listed.";
		return new FailureAnalysis(description.toString(), action, cause);
	}

}
