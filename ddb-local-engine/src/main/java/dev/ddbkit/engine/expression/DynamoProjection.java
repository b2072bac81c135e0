package dev.ddbkit.engine.expression;

import java.util.List;

import dev.ddbkit.engine.value.Item;

/**
 * A compiled ProjectionExpression.
 * <p>
 * Source: DynamoDB Developer Guide, "Using projection expressions in DynamoDB".
 */
@FunctionalInterface
public interface DynamoProjection {

	/**
	 * The parts of the item the projection names; paths the item lacks are left out, list
	 * elements keep their relative order.
	 * @param item the item
	 * @return the projected item, possibly empty
	 */
	Item apply(Item item);

	/**
	 * The top-level attributes the projection names, e.g. to check an index's projected
	 * attributes.
	 * @return attribute names in the order written
	 */
	default List<String> attributeNames() {
		return List.of();
	}

}
