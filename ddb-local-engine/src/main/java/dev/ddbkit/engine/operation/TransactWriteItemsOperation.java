package dev.ddbkit.engine.operation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ddbkit.engine.capacity.CapacityBreakdown;
import dev.ddbkit.engine.value.ItemSizer;
import dev.ddbkit.engine.capacity.ReadConsistency;
import dev.ddbkit.engine.capacity.ThroughputRequest;
import dev.ddbkit.engine.error.CancellationReason;
import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.error.ErrorCode;
import dev.ddbkit.engine.error.TransactionCanceledException;
import dev.ddbkit.engine.expression.DynamoCondition;
import dev.ddbkit.engine.expression.DynamoUpdate;
import dev.ddbkit.engine.expression.ExpressionCompiler;
import dev.ddbkit.engine.storage.TableStore;
import dev.ddbkit.engine.storage.WriteDecision;
import dev.ddbkit.engine.storage.WriteOutcome;
import dev.ddbkit.engine.transaction.IdempotencyTokens;
import dev.ddbkit.engine.transaction.TableLocks;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.PrimaryKey;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * TransactWriteItems: up to 100 condition checks, puts, updates and deletes over one or
 * more tables, all applied or none. The tables are locked (in name order), every action
 * is evaluated against the current items, and only when all succeed are the writes
 * applied; otherwise TransactionCanceledException lists one reason per action, in order.
 * <p>
 * Source: DynamoDB API Reference, "TransactWriteItems"; Developer Guide "Amazon DynamoDB
 * Transactions" (no two actions on one item; ClientRequestToken idempotent for 10
 * minutes).
 */
public final class TransactWriteItemsOperation {

	private static final long MAX_REQUEST_BYTES = 4L * 1024 * 1024;

	private final EngineContext context;

	private final IdempotencyTokens tokens;

	public TransactWriteItemsOperation(EngineContext context) {
		this.context = context;
		this.tokens = new IdempotencyTokens(context.clock());
	}

	/**
	 * Runs the transaction; returns the capacity per table (writes at twice the
	 * single-item cost, condition checks as transactional reads).
	 */
	public Map<String, CapacityBreakdown> execute(Request request) {
		checkCount(request.actions().size(), "transactItems");
		List<Prepared> prepared = prepare(request.actions());
		List<TableStore> tables = prepared.stream().map(Prepared::table).toList();
		try (TableLocks locks = TableLocks.lock(tables)) {
			if (request.clientRequestToken() != null && this.tokens.completed(request.clientRequestToken(), request)) {
				return replayed(prepared, tables);
			}
			List<Item> results = new ArrayList<>();
			List<CancellationReason> reasons = new ArrayList<>();
			boolean cancelled = false;
			ItemCollectionGrowth growth = new ItemCollectionGrowth();
			for (Prepared action : prepared) {
				try {
					Item result = evaluate(action);
					if (action.action().kind() != Kind.CONDITION_CHECK) {
						growth.check(action.table(), action.key(), result);
					}
					results.add(result);
					reasons.add(CancellationReason.NONE);
				}
				catch (EngineException ex) {
					results.add(null);
					reasons.add(reason(ex));
					cancelled = true;
				}
			}
			if (cancelled) {
				// every item was prepared: that capacity is consumed, or the
				// transaction is cancelled for throttling instead
				this.context.throughput().admitAll(tables, cancellationPrices(prepared, reasons, results));
				throw new TransactionCanceledException(reasons);
			}
			List<Price> prices = new ArrayList<>();
			for (int i = 0; i < prepared.size(); i++) {
				Prepared action = prepared.get(i);
				Item current = action.table().get(action.key());
				prices.add((action.action().kind() == Kind.CONDITION_CHECK) ? checkPrice(action, current)
						: Price.of(action.table(), action.key().partition(), current, results.get(i), true));
			}
			this.context.throughput().admitAll(tables, prices.stream().map(Price::request).toList());
			Map<String, CapacityBreakdown> capacities = new LinkedHashMap<>();
			for (int i = 0; i < prepared.size(); i++) {
				Prepared action = prepared.get(i);
				CapacityBreakdown price = prices.get(i).breakdown();
				capacities.merge(price.tableName(), price, CapacityBreakdown::plus);
				if (action.action().kind() != Kind.CONDITION_CHECK) {
					Item result = results.get(i);
					WriteOutcome outcome = action.table()
						.writeLocked(action.key(),
								(current) -> (result != null) ? WriteDecision.put(result) : WriteDecision.delete());
					this.context.throughput().stored(action.table(), action.key().partition(), outcome);
				}
			}
			if (request.clientRequestToken() != null) {
				this.tokens.complete(request.clientRequestToken(), request);
			}
			return capacities;
		}
	}

	/**
	 * A repeated request within the token's 10 minutes changes nothing and consumes the
	 * reads of its items (API Reference, "TransactWriteItems", ClientRequestToken:
	 * "Subsequent TransactWriteItems calls with the same client token return the number
	 * of read capacity units consumed in reading the item"), priced here as strongly
	 * consistent reads.
	 */
	private Map<String, CapacityBreakdown> replayed(List<Prepared> prepared, List<TableStore> tables) {
		List<Price> prices = new ArrayList<>();
		for (Prepared action : prepared) {
			prices.add(Price.read(action.table().name(), null, action.key().partition(),
					Price.size(action.table().get(action.key())), ReadConsistency.STRONG));
		}
		this.context.throughput().admitAll(tables, prices.stream().map(Price::request).toList());
		Map<String, CapacityBreakdown> capacities = new LinkedHashMap<>();
		for (Price price : prices) {
			capacities.merge(price.breakdown().tableName(), price.breakdown(), CapacityBreakdown::plus);
		}
		return capacities;
	}

	/** A condition check is priced as a transactional read of its item. */
	private static Price checkPrice(Prepared action, @Nullable Item current) {
		return Price.read(action.table().name(), null, action.key().partition(), Price.size(current),
				ReadConsistency.TRANSACTIONAL);
	}

	/**
	 * What a cancelled transaction consumes (Developer Guide, "Capacity management for
	 * transactions": two underlying reads or writes of every item, one to prepare and one
	 * to commit; "DynamoDB read and write operations": that capacity is consumed even
	 * when the transaction is canceled, for example because a condition check fails):
	 * each action at its transactional price on the table, a failed one as a failed
	 * conditional write (the larger of its existing and attempted item); no index writes,
	 * since nothing is committed.
	 */
	private static List<ThroughputRequest> cancellationPrices(List<Prepared> prepared, List<CancellationReason> reasons,
			List<@Nullable Item> results) {
		List<ThroughputRequest> requests = new ArrayList<>();
		for (int i = 0; i < prepared.size(); i++) {
			Prepared action = prepared.get(i);
			Item current = action.table().get(action.key());
			Value partitionKey = action.key().partition();
			if (action.action().kind() == Kind.CONDITION_CHECK) {
				requests.add(checkPrice(action, current).request());
			}
			else if (reasons.get(i) == CancellationReason.NONE) {
				requests.add(Price.tableWrite(action.table(), partitionKey, current, results.get(i)).request());
			}
			else {
				Item attempted = WriteSupport.attempted((item) -> next(action, item), current);
				requests.add(Price.failedCondition(action.table(), partitionKey, current, attempted, true).request());
			}
		}
		return requests;
	}

	static void checkCount(int count, String member) {
		if (count < 1 || count > 100) {
			throw EngineException.validation(
					"1 validation error detected: Value at '%s' failed to satisfy constraint: Member must have length %s",
					member, (count < 1) ? "greater than or equal to 1" : "less than or equal to 100");
		}
	}

	private List<Prepared> prepare(List<Action> actions) {
		long bytes = 0;
		for (Action action : actions) {
			bytes += (action.item() != null) ? ItemSizer.sizeOf(action.item()) : 0;
		}
		if (bytes > MAX_REQUEST_BYTES) {
			throw EngineException.validation("Transaction request cannot be larger than 4 MB");
		}
		List<Prepared> prepared = new ArrayList<>();
		Set<String> items = new HashSet<>();
		for (Action action : actions) {
			TableStore table = this.context.catalog().getRequired(action.table());
			if (action.kind() == Kind.CONDITION_CHECK && action.condition() == null) {
				throw EngineException.validation(
						"1 validation error detected: Value null at 'conditionCheck.conditionExpression' failed to satisfy constraint: Member must not be null");
			}
			ExpressionCompiler compiler = action.expressions()
				.compiler(action.condition() != null || action.update() != null);
			DynamoUpdate update = (action.update() != null) ? compiler.update(action.update()) : null;
			DynamoCondition condition = (action.condition() != null) ? compiler.condition(action.condition()) : null;
			compiler.verifyAllUsed();
			UpdateItemOperation.checkKeyUntouched(table.definition(), update);
			PrimaryKey key = (action.kind() == Kind.PUT) ? ItemValidator.item(table.definition(), action.item())
					: ItemValidator.key(table.definition(), action.key());
			if (!items.add(table.name() + "\u0000" + key)) {
				throw EngineException.validation("Transaction request cannot include multiple operations on one item");
			}
			prepared.add(new Prepared(action, table, key, condition, update));
		}
		return prepared;
	}

	/** The item an action leaves (null for a delete or a check), or an exception. */
	private static @Nullable Item evaluate(Prepared action) {
		Item current = action.table().get(action.key());
		WriteSupport.check(action.condition(), current, action.action().returnOldOnConditionFailure());
		return next(action, current);
	}

	/** The item an action makes of {@code current} (null for a delete or a check). */
	private static @Nullable Item next(Prepared action, @Nullable Item current) {
		return switch (action.action().kind()) {
			case CONDITION_CHECK, DELETE -> null;
			case PUT -> action.action().item();
			case UPDATE ->
				UpdateItemOperation.apply(action.table().definition(), action.action().key(), current, action.update());
		};
	}

	private static CancellationReason reason(EngineException ex) {
		if (ex.code() == ErrorCode.CONDITIONAL_CHECK_FAILED) {
			return new CancellationReason("ConditionalCheckFailed", ex.getMessage(), ex.item());
		}
		if (ex.code() == ErrorCode.VALIDATION) {
			return new CancellationReason("ValidationError", ex.getMessage(), null);
		}
		if (ex.code() == ErrorCode.ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED) {
			return new CancellationReason("ItemCollectionSizeLimitExceeded", ex.getMessage(), null);
		}
		throw ex;
	}

	/** The kind of a transaction action. */
	public enum Kind {

		CONDITION_CHECK, PUT, DELETE, UPDATE

	}

	/**
	 * One action of a transaction.
	 *
	 * @param kind what the action does
	 * @param table the table name
	 * @param item the item of a PUT, else {@code null}
	 * @param key the key of the other kinds, else {@code null}
	 * @param update the UpdateExpression of an UPDATE, else {@code null}
	 * @param condition the ConditionExpression, or {@code null}
	 * @param expressions names and values of the expressions
	 * @param returnOldOnConditionFailure ReturnValuesOnConditionCheckFailure=ALL_OLD
	 */
	public record Action(Kind kind, String table, @Nullable Item item, @Nullable Map<String, Value> key,
			@Nullable String update, @Nullable String condition, ExpressionInput expressions,
			boolean returnOldOnConditionFailure) {

	}

	/**
	 * A TransactWriteItems request.
	 *
	 * @param actions the actions, in order
	 * @param clientRequestToken the idempotency token, or {@code null}
	 */
	public record Request(List<Action> actions, @Nullable String clientRequestToken) {

	}

	private record Prepared(Action action, TableStore table, PrimaryKey key, @Nullable DynamoCondition condition,
			@Nullable DynamoUpdate update) {

	}

}
