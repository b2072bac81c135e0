package dev.ddbkit.engine.expression.eval;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.value.Value;

/**
 * DynamoDB's document nesting limit: an attribute is level 1, each map or list adds a
 * level, and no value may reach level 33. It applies to stored items, to values an update
 * writes and to ExpressionAttributeValues.
 * <p>
 * Source: DynamoDB Developer Guide, "Quotas in Amazon DynamoDB" (nested attribute depth:
 * 32 levels).
 */
public final class NestingLimit {

	/** The deepest level a value may reach. */
	public static final int MAX_LEVELS = 32;

	static final String MESSAGE = "Nesting Levels have exceeded supported limits: "
			+ "Attributes in the item have nested levels beyond supported limit";

	private NestingLimit() {
	}

	/**
	 * Rejects a value nested deeper than 32 levels.
	 * @throws EngineException ValidationException with DynamoDB's message
	 */
	public static void check(Value value) {
		if (exceeds(value, 1)) {
			throw EngineException.validation(MESSAGE);
		}
	}

	private static boolean exceeds(Value value, int level) {
		if (level > MAX_LEVELS) {
			return true;
		}
		if (value instanceof Value.M map) {
			return map.values().values().stream().anyMatch((child) -> exceeds(child, level + 1));
		}
		if (value instanceof Value.L list) {
			return list.values().stream().anyMatch((child) -> exceeds(child, level + 1));
		}
		return false;
	}

}
