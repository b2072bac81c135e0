package dev.ddbkit.engine.operation;

import java.util.Map;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.expression.DynamoCondition;
import dev.ddbkit.engine.expression.DynamoUpdate;
import dev.ddbkit.engine.expression.ExpressionCompiler;
import dev.ddbkit.engine.schema.TableDefinition;
import dev.ddbkit.engine.storage.TableStore;
import dev.ddbkit.engine.storage.WriteOutcome;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.PrimaryKey;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * UpdateItem: edits an item's attributes with an UpdateExpression, creating the item
 * (from its key) when absent, optionally under a ConditionExpression. Key attributes
 * cannot be changed.
 * <p>
 * Source: DynamoDB API Reference, "UpdateItem".
 */
public final class UpdateItemOperation {

	private final EngineContext context;

	public UpdateItemOperation(EngineContext context) {
		this.context = context;
	}

	/**
	 * Applies the update; returns the attributes ReturnValues asks for and the capacity
	 * used.
	 */
	public WriteResult execute(Request request) {
		TableStore table = this.context.catalog().getRequired(request.table());
		ExpressionCompiler compiler = request.expressions()
			.compiler(request.update() != null || request.condition() != null);
		DynamoUpdate update = (request.update() != null) ? compiler.update(request.update())
				: request.legacy().update();
		DynamoCondition condition = (request.condition() != null) ? compiler.condition(request.condition())
				: request.legacy().condition();
		compiler.verifyAllUsed();
		checkKeyUntouched(table.definition(), update);
		PrimaryKey key = ItemValidator.key(table.definition(), request.key());
		WriteSupport.Applied applied = WriteSupport.write(this.context, table, key, condition,
				request.returnOldOnConditionFailure(),
				(current) -> apply(table.definition(), request.key(), current, update));
		WriteOutcome outcome = applied.outcome();
		Item returned = (update != null && !update.attributeNames().isEmpty())
				? WriteSupport.returned(request.returnValues(), outcome.oldItem(), outcome.newItem(),
						update.attributeNames())
				: WriteSupport.returned(request.returnValues(), outcome.oldItem(), outcome.newItem());
		return new WriteResult(returned, applied.capacity());
	}

	/**
	 * Rejects an update that writes a key attribute, before any item is read, as DynamoDB
	 * does (even when the value would not change).
	 */
	static void checkKeyUntouched(TableDefinition table, @Nullable DynamoUpdate update) {
		if (update == null) {
			return;
		}
		for (String name : table.keySchema().attributeNames()) {
			if (update.attributeNames().contains(name)) {
				throw keyUpdate(name);
			}
		}
	}

	private static EngineException keyUpdate(String name) {
		return EngineException.validation(
				"One or more parameter values were invalid: Cannot update attribute %s. This attribute is part of the key",
				name);
	}

	/**
	 * The item an update produces from the current item (or the key alone when absent).
	 * @throws EngineException ValidationException when the update changes a key attribute
	 * or makes the item invalid
	 */
	static Item apply(TableDefinition table, Map<String, Value> key, @Nullable Item current,
			@Nullable DynamoUpdate update) {
		Item base = (current != null) ? current : new Item(key);
		// checkKeyUntouched already rejected any update that writes a key attribute.
		Item updated = (update != null) ? update.apply(base) : base;
		ItemValidator.updated(table, updated);
		return updated;
	}

	/**
	 * An UpdateItem request.
	 *
	 * @param table the table name
	 * @param key the key attributes
	 * @param update the UpdateExpression, or {@code null}
	 * @param condition the ConditionExpression, or {@code null}
	 * @param expressions names and values of the expressions
	 * @param returnValues any {@link ReturnValue}
	 * @param returnOldOnConditionFailure ReturnValuesOnConditionCheckFailure=ALL_OLD
	 * @param legacy the legacy parameters ({@link LegacyInput#NONE} when none)
	 */
	public record Request(String table, Map<String, Value> key, @Nullable String update, @Nullable String condition,
			ExpressionInput expressions, ReturnValue returnValues, boolean returnOldOnConditionFailure,
			LegacyInput legacy) {

	}

}
