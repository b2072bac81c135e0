package dev.ddbkit.autoconfigure;

import java.util.List;

import org.springframework.dao.InvalidDataAccessResourceUsageException;

/**
 * The tables and indexes in DynamoDB differ from those the entities declare; raised at
 * start-up by {@code ddb.schema-action=validate} with every difference at once.
 */
public class DynamoSchemaValidationException extends InvalidDataAccessResourceUsageException {

	private final List<String> missingTables;

	private final List<String> differences;

	/**
	 * Create the exception.
	 * @param missingTables the declared tables that do not exist
	 * @param differences every difference, one sentence each, missing tables included
	 */
	public DynamoSchemaValidationException(List<String> missingTables, List<String> differences) {
		super("DynamoDB schema validation found " + differences.size()
				+ ((differences.size() == 1) ? " difference" : " differences") + ":\n - "
				+ String.join("\n - ", differences));
		this.missingTables = List.copyOf(missingTables);
		this.differences = List.copyOf(differences);
	}

	/**
	 * The declared tables that do not exist.
	 * @return table names
	 */
	public List<String> getMissingTables() {
		return this.missingTables;
	}

	/**
	 * Every difference found, one sentence each.
	 * @return the differences
	 */
	public List<String> getDifferences() {
		return this.differences;
	}

}
