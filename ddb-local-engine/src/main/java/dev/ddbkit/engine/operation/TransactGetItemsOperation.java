package dev.ddbkit.engine.operation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.capacity.CapacityBreakdown;
import dev.ddbkit.engine.capacity.ReadConsistency;
import dev.ddbkit.engine.expression.DynamoProjection;
import dev.ddbkit.engine.expression.ExpressionCompiler;
import dev.ddbkit.engine.storage.StoredItem;
import dev.ddbkit.engine.storage.TableStore;
import dev.ddbkit.engine.transaction.TableLocks;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.PrimaryKey;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * TransactGetItems: up to 100 reads that see one consistent state: the tables are locked
 * while the items are read, so no write lands between them.
 * <p>
 * Source: DynamoDB API Reference, "TransactGetItems".
 */
public final class TransactGetItemsOperation {

	private final EngineContext context;

	public TransactGetItemsOperation(EngineContext context) {
		this.context = context;
	}

	/**
	 * One entry per get, in order (the item or {@code null}), and the capacity per table
	 * (transactional reads: twice a strongly consistent read).
	 */
	public Result execute(List<Get> gets) {
		TransactWriteItemsOperation.checkCount(gets.size(), "transactItems");
		List<TableStore> tables = new ArrayList<>();
		List<PrimaryKey> keys = new ArrayList<>();
		List<DynamoProjection> projections = new ArrayList<>();
		for (Get get : gets) {
			TableStore table = this.context.catalog().getRequired(get.table());
			ExpressionCompiler compiler = get.expressions().compiler(get.projection() != null);
			projections.add((get.projection() != null) ? compiler.projection(get.projection()) : null);
			compiler.verifyAllUsed();
			tables.add(table);
			keys.add(ItemValidator.key(table.definition(), get.key()));
		}
		List<Item> items = new ArrayList<>();
		Map<String, CapacityBreakdown> capacities = new LinkedHashMap<>();
		try (TableLocks locks = TableLocks.lock(tables)) {
			List<Price> prices = new ArrayList<>();
			for (int i = 0; i < gets.size(); i++) {
				StoredItem stored = tables.get(i).getStored(keys.get(i));
				Item item = (stored != null) ? stored.item() : null;
				prices.add(Price.read(tables.get(i).name(), null, keys.get(i).partition(), Price.size(stored),
						ReadConsistency.TRANSACTIONAL));
				DynamoProjection projection = projections.get(i);
				items.add((item != null && projection != null) ? projection.apply(item) : item);
			}
			this.context.throughput().admitAll(tables, prices.stream().map(Price::request).toList());
			for (Price price : prices) {
				capacities.merge(price.breakdown().tableName(), price.breakdown(), CapacityBreakdown::plus);
			}
		}
		return new Result(items, capacities);
	}

	/** The items (or {@code null}s) in request order, and the capacity per table. */
	public record Result(List<@Nullable Item> items, Map<String, CapacityBreakdown> capacities) {

	}

	/**
	 * One read of a transaction.
	 *
	 * @param table the table name
	 * @param key the key
	 * @param projection the ProjectionExpression, or {@code null}
	 * @param expressions names of the projection
	 */
	public record Get(String table, Map<String, Value> key, @Nullable String projection, ExpressionInput expressions) {

	}

}
