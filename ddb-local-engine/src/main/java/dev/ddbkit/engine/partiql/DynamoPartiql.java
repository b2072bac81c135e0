package dev.ddbkit.engine.partiql;

import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.capacity.CapacityBreakdown;
import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.error.ErrorCode;
import dev.ddbkit.engine.operation.LegacyInput;
import dev.ddbkit.engine.operation.Operations;
import dev.ddbkit.engine.operation.Page;
import dev.ddbkit.engine.operation.QueryOperation;
import dev.ddbkit.engine.operation.ScanOperation;
import dev.ddbkit.engine.operation.WriteResult;
import dev.ddbkit.engine.schema.IndexDefinition;
import dev.ddbkit.engine.schema.KeySchema;
import dev.ddbkit.engine.storage.TableStore;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * ExecuteStatement for the engine (API Reference, ExecuteStatement; DG "PartiQL select,
 * insert, update and delete statements"): {@code SELECT} becomes a Query when the WHERE
 * clause fixes the partition key with {@code =} (else a Scan), {@code INSERT} a PutItem
 * that fails with DuplicateItemException when the key exists, {@code UPDATE} an
 * UpdateItem that fails with ConditionalCheckFailedException when the item does not
 * exist, {@code DELETE} a DeleteItem. UPDATE and DELETE need an equality on every key
 * attribute; other WHERE terms become the ConditionExpression.
 * <p>
 * Thread-safe; stateless apart from the operations it calls.
 */
public final class DynamoPartiql {

	private final Operations operations;

	public DynamoPartiql(Operations operations) {
		this.operations = operations;
	}

	/**
	 * Runs one statement.
	 * @param request the statement and its options
	 * @return the items (selected, or returned by RETURNING) and paging state
	 * @throws EngineException ValidationException for a malformed statement, parameter
	 * mismatch or missing key equality; DuplicateItemException, ConditionalCheckFailed,
	 * ResourceNotFound and the underlying operation's errors
	 */
	public Result execute(Request request) {
		PartiqlStatement statement = parse(request.statement(), request.parameters());
		if (statement instanceof PartiqlStatement.Select select) {
			return select(select, request, table(select.table(), request.statement(), true));
		}
		if (statement instanceof PartiqlStatement.Exists) {
			throw EngineException.validation("EXISTS can only be used in ExecuteTransaction write requests.");
		}
		TableStore table = table(statement.table(), request.statement(), statement instanceof PartiqlStatement.Insert);
		WriteResult result = PartiqlWrites.execute(this.operations, statement, table.definition().keySchema());
		List<Item> items = (result.attributes() != null) ? List.of(result.attributes()) : List.of();
		return new Result(items, null, result.capacity());
	}

	/**
	 * Runs an ExecuteTransaction: only single-item SELECTs (answered in order, a missing
	 * item as {@code null}) or only INSERT/UPDATE/DELETE/EXISTS statements, all or none.
	 * @param statements the statements with their parameters
	 * @param clientRequestToken the idempotency token of a write transaction, or
	 * {@code null}
	 * @return the items of a read transaction ({@code null} list for writes) and the
	 * capacity per table
	 * @throws EngineException ValidationException for mixed, empty or invalid statements;
	 * TransactionCanceledException with one reason per statement (an INSERT of an
	 * existing key: ValidationError "Duplicate primary key exists in table")
	 */
	public TransactionResult executeTransaction(List<Statement> statements, @Nullable String clientRequestToken) {
		return PartiqlTransactions.execute(this, this.operations, statements, clientRequestToken);
	}

	/** Whether a statement is a SELECT (by its first keyword). */
	public static boolean isSelect(@Nullable String statement) {
		return statement != null && statement.stripLeading().regionMatches(true, 0, "SELECT", 0, 6);
	}

	static PartiqlStatement parse(String statement, List<Value> parameters) {
		try {
			return PartiqlParser.parse(statement, parameters);
		}
		catch (PartiqlSyntaxException ex) {
			throw new EngineException(ErrorCode.VALIDATION,
					"Statement wasn't well formed, can't be processed: " + statement);
		}
		catch (PartiqlParameterException ex) {
			throw new EngineException(ErrorCode.VALIDATION, ex.getMessage());
		}
	}

	TableStore table(String name, String statement, boolean malformedWhenMissing) {
		TableStore table = this.operations.context().catalog().get(name);
		if (table == null) {
			// DynamoDB Local 3.3.1 answers SELECT and INSERT on an unknown table with
			// these ValidationExceptions; UPDATE and DELETE with ResourceNotFound.
			if (!malformedWhenMissing) {
				throw new EngineException(ErrorCode.RESOURCE_NOT_FOUND, "Requested resource not found");
			}
			throw new EngineException(ErrorCode.VALIDATION, isSelect(statement) ? "Unexpected from source"
					: "Statement wasn't well formed, can't be processed: " + statement);
		}
		return table;
	}

	private Result select(PartiqlStatement.Select select, Request request, TableStore table) {
		KeySchema keys = table.definition().keySchema();
		if (select.index() != null) {
			IndexDefinition index = table.definition().index(select.index());
			if (index == null) {
				throw new EngineException(ErrorCode.VALIDATION,
						"The table does not have the specified index: " + select.index());
			}
			keys = index.keySchema();
		}
		PartiqlExpressions expressions = new PartiqlExpressions();
		List<PartiqlNode> terms = PartiqlWrites.conjuncts(select.where());
		PartiqlNode partition = keyEquality(terms, keys.partitionKey());
		Page page;
		if (partition != null) {
			terms.remove(partition);
			String keyCondition = expressions.keyTerm(partition);
			PartiqlNode sort = (keys.sortKey() != null) ? sortKeyTerm(terms, keys.sortKey()) : null;
			if (sort != null) {
				terms.remove(sort);
				keyCondition = keyCondition + " AND " + expressions.keyTerm(sort);
			}
			String filter = filter(terms, expressions);
			page = this.operations.query()
				.execute(new QueryOperation.Request(select.table(), select.index(), keyCondition, filter, null,
						expressions.input(), null, request.limit(), PartiqlValues.key(request.nextToken()),
						!select.descending(), request.consistentRead(), LegacyInput.NONE));
		}
		else {
			String filter = filter(terms, expressions);
			page = this.operations.scan()
				.execute(new ScanOperation.Request(select.table(), select.index(), filter, null, expressions.input(),
						null, request.limit(), PartiqlValues.key(request.nextToken()), null, null,
						request.consistentRead(), LegacyInput.NONE));
		}
		List<Item> items = page.items();
		if (select.projection() != null) {
			items = items.stream().map((item) -> PartiqlValues.project(item, select.projection())).toList();
		}
		String next = (page.lastEvaluatedKey() != null) ? PartiqlValues.token(page.lastEvaluatedKey()) : null;
		return new Result(items, next, page.capacity());
	}

	private static @Nullable String filter(List<PartiqlNode> terms, PartiqlExpressions expressions) {
		if (terms.isEmpty()) {
			return null;
		}
		PartiqlNode all = terms.get(0);
		for (int i = 1; i < terms.size(); i++) {
			all = new PartiqlNode.Logical(true, all, terms.get(i));
		}
		return expressions.write(all);
	}

	/** The {@code key = value} term among top-level AND terms, or {@code null}. */
	static PartiqlNode.@Nullable Compare keyEquality(List<PartiqlNode> terms, String attribute) {
		for (PartiqlNode term : terms) {
			if (term instanceof PartiqlNode.Compare compare && compare.operator().equals("=")
					&& names(compare.left(), attribute) && compare.right() instanceof PartiqlNode.Literal) {
				return compare;
			}
		}
		return null;
	}

	private static @Nullable PartiqlNode sortKeyTerm(List<PartiqlNode> terms, String attribute) {
		for (PartiqlNode term : terms) {
			if (term instanceof PartiqlNode.Compare compare && !compare.operator().equals("<>")
					&& names(compare.left(), attribute) && compare.right() instanceof PartiqlNode.Literal) {
				return term;
			}
			if (term instanceof PartiqlNode.Between between && names(between.operand(), attribute)
					&& between.low() instanceof PartiqlNode.Literal && between.high() instanceof PartiqlNode.Literal) {
				return term;
			}
			if (term instanceof PartiqlNode.Call call && call.name().equals("begins_with")
					&& call.arguments().size() == 2 && names(call.arguments().get(0), attribute)
					&& call.arguments().get(1) instanceof PartiqlNode.Literal) {
				return term;
			}
		}
		return null;
	}

	private static boolean names(PartiqlNode node, String attribute) {
		return node instanceof PartiqlNode.PathRef path && attribute.equals(path.topLevelName());
	}

	/**
	 * An ExecuteStatement request.
	 *
	 * @param statement the PartiQL text
	 * @param parameters the values of the {@code ?} placeholders, in order
	 * @param nextToken the previous page's NextToken, or {@code null}
	 * @param limit the most items to evaluate, or {@code null}
	 * @param consistentRead strongly consistent read for SELECT
	 */
	public record Request(String statement, List<Value> parameters, @Nullable String nextToken, @Nullable Integer limit,
			boolean consistentRead) {

	}

	/**
	 * One statement of a transaction.
	 *
	 * @param statement the PartiQL text
	 * @param parameters the values of its {@code ?} placeholders
	 */
	public record Statement(String statement, List<Value> parameters) {

	}

	/**
	 * An ExecuteTransaction answer.
	 *
	 * @param items one item (or {@code null}) per SELECT; {@code null} for a write
	 * transaction
	 * @param capacities the capacity consumed per table
	 */
	public record TransactionResult(@Nullable List<@Nullable Item> items, Map<String, CapacityBreakdown> capacities) {

	}

	/**
	 * An ExecuteStatement answer.
	 *
	 * @param items the selected items, or the item RETURNING asked for
	 * @param nextToken where the next page starts, or {@code null}
	 * @param capacity the capacity consumed
	 */
	public record Result(List<Item> items, @Nullable String nextToken, CapacityBreakdown capacity) {

	}

}
