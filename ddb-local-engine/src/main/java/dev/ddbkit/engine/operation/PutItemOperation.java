package dev.ddbkit.engine.operation;

import dev.ddbkit.engine.expression.DynamoCondition;
import dev.ddbkit.engine.expression.ExpressionCompiler;
import dev.ddbkit.engine.storage.TableStore;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.PrimaryKey;
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
		TableStore table = this.context.catalog().getRequired(request.table());
		WriteSupport.requireOneOf(request.returnValues(), "ReturnValues can only be ALL_OLD or NONE", ReturnValue.NONE,
				ReturnValue.ALL_OLD);
		ExpressionCompiler compiler = request.expressions().compiler(request.condition() != null);
		DynamoCondition condition = (request.condition() != null) ? compiler.condition(request.condition())
				: request.legacy().condition();
		compiler.verifyAllUsed();
		PrimaryKey key = ItemValidator.item(table.definition(), request.item());
		WriteSupport.Applied applied = WriteSupport.write(this.context, table, key, condition,
				request.returnOldOnConditionFailure(), (current) -> request.item());
		return new WriteResult(WriteSupport.returned(request.returnValues(), applied.outcome().oldItem(), null),
				applied.capacity());
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
			ReturnValue returnValues, boolean returnOldOnConditionFailure, LegacyInput legacy) {

	}

}
