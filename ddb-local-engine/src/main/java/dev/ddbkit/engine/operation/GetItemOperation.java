package dev.ddbkit.engine.operation;

import java.util.Map;

import dev.ddbkit.engine.capacity.ReadConsistency;
import dev.ddbkit.engine.expression.DynamoProjection;
import dev.ddbkit.engine.expression.ExpressionCompiler;
import dev.ddbkit.engine.storage.StoredItem;
import dev.ddbkit.engine.storage.TableStore;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.PrimaryKey;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * GetItem: reads one item by key, optionally projected. Reads are always strongly
 * consistent here (a local engine has one replica).
 * <p>
 * Source: DynamoDB API Reference, "GetItem".
 */
public final class GetItemOperation {

	private final EngineContext context;

	public GetItemOperation(EngineContext context) {
		this.context = context;
	}

	/** The item (or {@code null} when there is none) and the capacity the read used. */
	public ReadResult execute(Request request) {
		TableStore table = this.context.catalog().getRequired(request.table());
		ExpressionCompiler compiler = request.expressions().compiler(request.projection() != null);
		DynamoProjection projection = (request.projection() != null) ? compiler.projection(request.projection())
				: request.legacy().projection();
		compiler.verifyAllUsed();
		PrimaryKey key = ItemValidator.key(table.definition(), request.key());
		StoredItem stored = table.getStored(key);
		Item item = (stored != null) ? stored.item() : null;
		// the whole item is charged, whatever the projection; a missing item costs one
		// block
		Price price = Price.read(table.name(), null, key.partition(), Price.size(stored),
				ReadConsistency.of(request.consistentRead()));
		this.context.throughput().admit(table, price.request());
		return new ReadResult((item == null || projection == null) ? item : projection.apply(item), price.breakdown());
	}

	/**
	 * A GetItem request.
	 *
	 * @param table the table name
	 * @param key the key attributes
	 * @param projection the ProjectionExpression, or {@code null}
	 * @param expressions names (and no values) of the projection
	 * @param consistentRead strongly consistent (charged one unit per 4 KB, else half)
	 * @param legacy the legacy parameters ({@link LegacyInput#NONE} when none)
	 */
	public record Request(String table, Map<String, Value> key, @Nullable String projection,
			ExpressionInput expressions, boolean consistentRead, LegacyInput legacy) {

	}

}
