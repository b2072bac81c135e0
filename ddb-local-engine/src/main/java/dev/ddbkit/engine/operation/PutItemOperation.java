package dev.ddbkit.engine.operation;

import dev.ddbkit.engine.value.Item;
import org.jspecify.annotations.Nullable;

/**
 * PutItem: creates or replaces an item, optionally under a ConditionExpression.
 * <p>
 * Source: DynamoDB API Reference, "PutItem" (ReturnValues only NONE or ALL_OLD).
 */
public final class PutItemOperation {

	private final EngineContext context;

	public PutItemOperation(EngineContext context) {
		this.context = context;
	}

	/**
	 * Stores the item; returns the old item when ReturnValues is ALL_OLD, and the
	 * capacity used.
	 */
	public WriteResult execute(Request request) {
		return WriteSupport.writeWholeItem(this.context, request,
				(definition) -> ItemValidator.item(definition, request.item()), (current) -> request.item());
	}

	/**
	 * A PutItem request.
	 *
	 * @param table the table name
	 * @param item the item
	 * @param condition the ConditionExpression, or {@code null}
	 * @param expressions names and values of the expressions
	 * @param returnValues NONE or ALL_OLD
	 * @param returnOldOnConditionFailure ReturnValuesOnConditionCheckFailure=ALL_OLD
	 * @param legacy the legacy parameters ({@link LegacyInput#NONE} when none)
	 */
	public record Request(String table, Item item, @Nullable String condition, ExpressionInput expressions,
			ReturnValue returnValues, boolean returnOldOnConditionFailure,
			LegacyInput legacy) implements WriteSupport.WholeItemWrite {

	}

}
