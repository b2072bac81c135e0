package dev.ddbkit.engine.expression;

import java.util.Set;

import dev.ddbkit.engine.value.Item;

/**
 * A compiled UpdateExpression.
 * <p>
 * Source: DynamoDB Developer Guide, "Using update expressions in DynamoDB".
 */
@FunctionalInterface
public interface DynamoUpdate {

	/**
	 * Applies the update. Every operand reads the item as it was before the update;
	 * REMOVE of list elements uses the indexes of that item.
	 * @param item the current item, {@link Item#EMPTY} when there is none
	 * @return the new item
	 * @throws dev.ddbkit.engine.error.EngineException a ValidationException with
	 * DynamoDB's message when an operand is missing ("The provided expression refers to
	 * an attribute that does not exist in the item"), has the wrong type ("An operand in
	 * the update expression has an incorrect data type") or a path cannot be written
	 * ("The document path provided in the update expression is invalid for update")
	 */
	Item apply(Item item);

	/**
	 * The top-level attributes the update writes, for DynamoDB's "Cannot update attribute
	 * pk. This attribute is part of the key" check.
	 * @return attribute names in the order written
	 */
	default Set<String> attributeNames() {
		return Set.of();
	}

}
