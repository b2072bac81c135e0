package dev.ddbkit.engine.operation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import dev.ddbkit.engine.capacity.CapacityBreakdown;
import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.error.ErrorCode;
import dev.ddbkit.engine.expression.DynamoCondition;
import dev.ddbkit.engine.expression.ExpressionCompiler;
import dev.ddbkit.engine.schema.TableDefinition;
import dev.ddbkit.engine.storage.TableStore;
import dev.ddbkit.engine.storage.WriteDecision;
import dev.ddbkit.engine.storage.WriteOutcome;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.PrimaryKey;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Condition checks and ReturnValues shared by the write operations.
 * <p>
 * Source: DynamoDB API Reference, "PutItem"/"UpdateItem"/"DeleteItem" (ReturnValues,
 * ReturnValuesOnConditionCheckFailure); a failed condition raises
 * ConditionalCheckFailedException "The conditional request failed".
 */
final class WriteSupport {

	static final String CONDITION_FAILED = "The conditional request failed";

	private WriteSupport() {
	}

	/** Throws ConditionalCheckFailedException when the condition does not hold. */
	static void check(@Nullable DynamoCondition condition, @Nullable Item current, boolean returnOldOnFailure) {
		if (condition != null && !condition.test((current != null) ? current : Item.EMPTY)) {
			throw failed(current, returnOldOnFailure);
		}
	}

	/** A ConditionalCheckFailedException carrying the item when asked for. */
	static EngineException failed(@Nullable Item current, boolean returnOldOnFailure) {
		Map<String, Value> item = (returnOldOnFailure && current != null) ? current.attributes() : null;
		return new EngineException(ErrorCode.CONDITIONAL_CHECK_FAILED, CONDITION_FAILED, item);
	}

	/** The attributes a write returns for its ReturnValues, or {@code null} for none. */
	static @Nullable Item returned(ReturnValue returnValue, @Nullable Item oldItem, @Nullable Item newItem) {
		return switch (returnValue) {
			case NONE -> null;
			case ALL_OLD -> oldItem;
			case ALL_NEW -> newItem;
			case UPDATED_OLD -> changed(oldItem, newItem);
			case UPDATED_NEW -> changed(newItem, oldItem);
		};
	}

	/**
	 * The attributes an update returns for its ReturnValues when the written top-level
	 * attributes are known: UPDATED_OLD/UPDATED_NEW give those attributes of the old/new
	 * item.
	 */
	static @Nullable Item returned(ReturnValue returnValue, @Nullable Item oldItem, @Nullable Item newItem,
			Set<String> written) {
		return switch (returnValue) {
			case UPDATED_OLD -> only(oldItem, written);
			case UPDATED_NEW -> only(newItem, written);
			default -> returned(returnValue, oldItem, newItem);
		};
	}

	private static @Nullable Item only(@Nullable Item item, Set<String> names) {
		if (item == null) {
			return null;
		}
		Map<String, Value> selected = new LinkedHashMap<>();
		item.attributes().forEach((name, value) -> {
			if (names.contains(name)) {
				selected.put(name, value);
			}
		});
		return selected.isEmpty() ? null : new Item(selected);
	}

	/** The top-level attributes of {@code side} whose value differs in {@code other}. */
	private static @Nullable Item changed(@Nullable Item side, @Nullable Item other) {
		if (side == null) {
			return null;
		}
		Map<String, Value> changed = new LinkedHashMap<>();
		side.attributes().forEach((name, value) -> {
			if (other == null || !Objects.equals(other.get(name), value)) {
				changed.put(name, value);
			}
		});
		return changed.isEmpty() ? null : new Item(changed);
	}

	/**
	 * Decides, prices, admits and applies one item write under the table's write lock: a
	 * false condition is charged by the existing item and fails; otherwise the write is
	 * priced from the old and new item and applied only if the limiter admits it (a
	 * throttle wins over the condition outcome: nothing is written).
	 * @param next the new item from the current one ({@code null}: delete)
	 * @throws dev.ddbkit.engine.error.ThrottledException when throttled
	 */
	static Applied write(EngineContext context, TableStore table, PrimaryKey key, @Nullable DynamoCondition condition,
			boolean returnOldOnFailure, UnaryOperator<@Nullable Item> next) {
		EngineThroughput throughput = context.throughput();
		Price[] price = new Price[1];
		WriteOutcome outcome = table.write(key, (current) -> {
			if (condition != null && !condition.test((current != null) ? current : Item.EMPTY)) {
				throughput.admit(table,
						Price.failedCondition(table, key.partition(), current, attempted(next, current), false)
							.request());
				throw failed(current, returnOldOnFailure);
			}
			Item after = next.apply(current);
			price[0] = Price.of(table, key.partition(), current, after, false);
			throughput.admit(table, price[0].request());
			return (after != null) ? WriteDecision.put(after) : WriteDecision.delete();
		});
		throughput.stored(table, key.partition(), outcome);
		return new Applied(outcome, price[0].breakdown());
	}

	/**
	 * The item a write whose condition failed would have left, for its price;
	 * {@code null} when it cannot be computed (the condition failure is what the caller
	 * reports).
	 */
	static @Nullable Item attempted(UnaryOperator<@Nullable Item> next, @Nullable Item current) {
		try {
			return next.apply(current);
		}
		catch (EngineException ex) {
			return null;
		}
	}

	/**
	 * A write applied.
	 *
	 * @param outcome the item before and after
	 * @param capacity what it consumed
	 */
	record Applied(WriteOutcome outcome, CapacityBreakdown capacity) {

	}

	/**
	 * PutItem and DeleteItem: ReturnValues NONE or ALL_OLD, the ConditionExpression (or
	 * the legacy Expected) compiled with every name and value used, the key checked by
	 * {@code key}, then the write of {@code next} under the condition; returns the old
	 * item for ALL_OLD.
	 */
	static WriteResult writeWholeItem(EngineContext context, WholeItemWrite request,
			Function<TableDefinition, PrimaryKey> key, UnaryOperator<@Nullable Item> next) {
		TableStore table = context.catalog().getRequired(request.table());
		requireOneOf(request.returnValues(), "ReturnValues can only be ALL_OLD or NONE", ReturnValue.NONE,
				ReturnValue.ALL_OLD);
		ExpressionCompiler compiler = request.expressions().compiler(request.condition() != null);
		DynamoCondition condition = (request.condition() != null) ? compiler.condition(request.condition())
				: request.legacy().condition();
		compiler.verifyAllUsed();
		Applied applied = write(context, table, key.apply(table.definition()), condition,
				request.returnOldOnConditionFailure(), next);
		return new WriteResult(returned(request.returnValues(), applied.outcome().oldItem(), null), applied.capacity());
	}

	/** The parameters PutItem and DeleteItem share. */
	interface WholeItemWrite {

		/** The table name. */
		String table();

		/** The ConditionExpression, or {@code null}. */
		@Nullable String condition();

		/** Names and values of the expressions. */
		ExpressionInput expressions();

		/** NONE or ALL_OLD. */
		ReturnValue returnValues();

		/** ReturnValuesOnConditionCheckFailure=ALL_OLD. */
		boolean returnOldOnConditionFailure();

		/** The legacy parameters ({@link LegacyInput#NONE} when none). */
		LegacyInput legacy();

	}

	static void requireOneOf(ReturnValue returnValue, String message, ReturnValue... allowed) {
		for (ReturnValue candidate : allowed) {
			if (candidate == returnValue) {
				return;
			}
		}
		throw EngineException.validation(message);
	}

}
