package dev.ddbkit.engine.partiql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.capacity.CapacityBreakdown;
import dev.ddbkit.engine.error.CancellationReason;
import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.error.ErrorCode;
import dev.ddbkit.engine.error.TransactionCanceledException;
import dev.ddbkit.engine.operation.ExpressionInput;
import dev.ddbkit.engine.operation.Operations;
import dev.ddbkit.engine.operation.TransactGetItemsOperation;
import dev.ddbkit.engine.operation.TransactWriteItemsOperation;
import dev.ddbkit.engine.partiql.PartiqlNode.Literal;
import dev.ddbkit.engine.schema.KeySchema;
import dev.ddbkit.engine.storage.TableStore;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * ExecuteTransaction (API Reference, ExecuteTransaction): either only single-item
 * SELECTs, run as TransactGetItems, or only INSERT/UPDATE/DELETE/EXISTS statements, run
 * as one TransactWriteItems (EXISTS is a ConditionCheck). Messages as DynamoDB Local
 * 3.3.1 words them.
 */
final class PartiqlTransactions {

	private PartiqlTransactions() {
	}

	static DynamoPartiql.TransactionResult execute(DynamoPartiql partiql, Operations operations,
			List<DynamoPartiql.Statement> statements, @Nullable String clientRequestToken) {
		if (statements.isEmpty()) {
			throw EngineException.validation("ExecutePartiQLTransaction can not have empty statement.");
		}
		List<PartiqlStatement> parsed = new ArrayList<>();
		for (DynamoPartiql.Statement statement : statements) {
			parsed.add(DynamoPartiql.parse(statement.statement(), statement.parameters()));
		}
		long reads = parsed.stream().filter((statement) -> statement instanceof PartiqlStatement.Select).count();
		if (reads > 0 && reads < parsed.size()) {
			throw EngineException.validation(
					"ExecuteTransaction API does not support both read and write operations in the same request.");
		}
		return (reads > 0) ? read(partiql, operations, parsed, statements)
				: write(partiql, operations, parsed, statements, clientRequestToken);
	}

	private static DynamoPartiql.TransactionResult read(DynamoPartiql partiql, Operations operations,
			List<PartiqlStatement> parsed, List<DynamoPartiql.Statement> statements) {
		List<TransactGetItemsOperation.Get> gets = new ArrayList<>();
		for (int i = 0; i < parsed.size(); i++) {
			PartiqlStatement.Select select = (PartiqlStatement.Select) parsed.get(i);
			TableStore table = partiql.table(select.table(), statements.get(i).statement(), true);
			Map<String, Value> key = (select.index() == null)
					? fullKey(PartiqlWrites.conjuncts(select.where()), table.definition().keySchema()) : null;
			if (key == null) {
				throw EngineException.validation("Validation failed in TransactStatements[" + i
						+ "]: Select statements within ExecuteTransaction must specify the primary key in the where clause.");
			}
			gets.add(new TransactGetItemsOperation.Get(select.table(), key, null, ExpressionInput.NONE));
		}
		TransactGetItemsOperation.Result result = operations.transactGetItems().execute(gets);
		List<@Nullable Item> items = new ArrayList<>();
		for (int i = 0; i < parsed.size(); i++) {
			Item item = result.items().get(i);
			List<PartiqlNode.PathRef> projection = ((PartiqlStatement.Select) parsed.get(i)).projection();
			items.add((item != null && projection != null) ? PartiqlValues.project(item, projection) : item);
		}
		return new DynamoPartiql.TransactionResult(items, result.capacities());
	}

	private static DynamoPartiql.TransactionResult write(DynamoPartiql partiql, Operations operations,
			List<PartiqlStatement> parsed, List<DynamoPartiql.Statement> statements,
			@Nullable String clientRequestToken) {
		List<TransactWriteItemsOperation.Action> actions = new ArrayList<>();
		for (int i = 0; i < parsed.size(); i++) {
			PartiqlStatement statement = parsed.get(i);
			KeySchema keys = partiql
				.table(statement.table(), statements.get(i).statement(), statement instanceof PartiqlStatement.Insert)
				.definition()
				.keySchema();
			if (statement instanceof PartiqlStatement.Exists exists
					&& PartiqlWrites.conjuncts(exists.where()).size() <= keys.attributeNames().size()) {
				throw EngineException.validation("Validation failed in TransactStatements[" + i
						+ "]: EXISTS() must contain a single item read with additional condition");
			}
			actions.add(PartiqlWrites.action(statement, keys));
		}
		try {
			Map<String, CapacityBreakdown> capacities = operations.transactWriteItems()
				.execute(new TransactWriteItemsOperation.Request(actions, clientRequestToken));
			return new DynamoPartiql.TransactionResult(null, capacities);
		}
		catch (TransactionCanceledException ex) {
			// An INSERT whose key exists cancels with a ValidationError reason, not
			// ConditionalCheckFailed.
			List<CancellationReason> reasons = new ArrayList<>(ex.reasons());
			for (int i = 0; i < reasons.size(); i++) {
				if (parsed.get(i) instanceof PartiqlStatement.Insert
						&& reasons.get(i).code().equals("ConditionalCheckFailed")) {
					reasons.set(i, new CancellationReason("ValidationError", PartiqlWrites.DUPLICATE, null));
				}
			}
			throw new TransactionCanceledException(reasons);
		}
	}

	private static @Nullable Map<String, Value> fullKey(List<PartiqlNode> terms, KeySchema keys) {
		Map<String, Value> key = new LinkedHashMap<>();
		for (String attribute : keys.attributeNames()) {
			PartiqlNode.Compare equality = DynamoPartiql.keyEquality(terms, attribute);
			if (equality == null) {
				return null;
			}
			key.put(attribute, ((Literal) equality.right()).value());
		}
		return key;
	}

}
