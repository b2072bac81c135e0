package dev.ddbkit.engine.schema;

import java.util.regex.Pattern;

import dev.ddbkit.engine.error.EngineException;

/**
 * The naming rules of tables and indexes: 3 to 255 characters of {@code a-z},
 * {@code A-Z}, {@code 0-9}, {@code _}, {@code -} and {@code .}. DynamoDB checks them on
 * every request that names a table or an index, before it looks the table up, so a
 * malformed name is a ValidationException rather than a ResourceNotFoundException.
 * <p>
 * Source: Developer Guide, "Naming rules" (Table names and index names); API Reference,
 * each action's "TableName" / "IndexName" constraints; message as the service words it
 * ("1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint:
 * Member must have length greater than or equal to 3").
 */
public final class NameRules {

	private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_.-]+");

	private NameRules() {
	}

	/**
	 * Checks a table or index name.
	 * @param name the name
	 * @param member the request member named in the message, e.g. {@code tableName}
	 * @throws EngineException ValidationException when the length or a character breaks
	 * the rules (the length is checked first)
	 */
	public static void check(String name, String member) {
		if (name.length() < 3 || name.length() > 255) {
			throw EngineException.validation(
					"1 validation error detected: Value '%s' at '%s' failed to satisfy constraint: Member must have length %s",
					name, member, (name.length() < 3) ? "greater than or equal to 3" : "less than or equal to 255");
		}
		if (!NAME.matcher(name).matches()) {
			throw EngineException.validation(
					"1 validation error detected: Value '%s' at '%s' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
					name, member);
		}
	}

}
