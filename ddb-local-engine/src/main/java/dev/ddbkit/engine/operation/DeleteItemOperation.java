package dev.ddbkit.engine.operation;

import java.util.Map;

import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * DeleteItem: removes an item by key, optionally under a ConditionExpression; deleting an
 * absent item succeeds (unless the condition fails).
 * <p>
 * Source: DynamoDB API Reference, "DeleteItem" (ReturnValues only NONE or ALL_OLD).
 */
public final class DeleteItemOperation {

	private final EngineContext context;

	public DeleteItemOperation(EngineContext context) {
		this.context = context;
	}

	/**
	 * Deletes the item; returns the old item when ReturnValues is ALL_OLD, and the
	 * capacity used.
	 */
	public WriteResult execute(Request request) {
		return WriteSupport.writeWholeItem(this.context, request,
				(definition) -> ItemValidator.key(definition, request.key()), (current) -> null);
	}

	/**
	 * A DeleteItem request.
	 *
	 * @param table the table name
	 * @param key the key attributes
	 * @param condition the ConditionExpression, or {@code null}
	 * @param expressions names and values of the expressions
	 * @param returnValues NONE or ALL_OLD
	 * @param returnOldOnConditionFailure ReturnValuesOnConditionCheckFailure=ALL_OLD
	 * @param legacy the legacy parameters ({@link LegacyInput#NONE} when none)
	 */
	public record Request(String table, Map<String, Value> key, @Nullable String condition, ExpressionInput expressions,
			ReturnValue returnValues, boolean returnOldOnConditionFailure,
			LegacyInput legacy) implements WriteSupport.WholeItemWrite {

	}

}
