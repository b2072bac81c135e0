package dev.ddbkit.engine.expression;

import dev.ddbkit.engine.value.Item;

/**
 * A compiled ConditionExpression or FilterExpression.
 * <p>
 * Source: DynamoDB Developer Guide, "Condition and filter expressions, operators, and
 * functions in DynamoDB".
 */
@FunctionalInterface
public interface DynamoCondition {

	/**
	 * Whether the item satisfies the condition. A missing item is {@link Item#EMPTY}:
	 * only conditions such as {@code attribute_not_exists(pk)} hold for it.
	 * @param item the item, never {@code null}
	 * @return the condition's value; comparisons of mismatched types are false
	 */
	boolean test(Item item);

}
