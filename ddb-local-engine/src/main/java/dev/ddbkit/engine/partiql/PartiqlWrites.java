package dev.ddbkit.engine.partiql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.error.ErrorCode;
import dev.ddbkit.engine.operation.DeleteItemOperation;
import dev.ddbkit.engine.operation.LegacyInput;
import dev.ddbkit.engine.operation.Operations;
import dev.ddbkit.engine.operation.PutItemOperation;
import dev.ddbkit.engine.operation.ReturnValue;
import dev.ddbkit.engine.operation.TransactWriteItemsOperation;
import dev.ddbkit.engine.operation.UpdateItemOperation;
import dev.ddbkit.engine.operation.WriteResult;
import dev.ddbkit.engine.schema.KeySchema;
import dev.ddbkit.engine.value.Value;
import dev.ddbkit.engine.value.ValueType;
import org.jspecify.annotations.Nullable;

/**
 * INSERT, UPDATE and DELETE statements as PutItem, UpdateItem and DeleteItem requests (or
 * transaction actions), with the key taken from the WHERE clause's equalities and the
 * remaining terms as the ConditionExpression.
 */
final class PartiqlWrites {

	static final String DUPLICATE = "Duplicate primary key exists in table";

	private PartiqlWrites() {
	}

	static WriteResult execute(Operations operations, PartiqlStatement statement, KeySchema keys) {
		TransactWriteItemsOperation.Action action = action(statement, keys);
		ReturnValue returnValue = returnValue(statement);
		return switch (action.kind()) {
			case PUT -> {
				try {
					yield operations.putItem()
						.execute(new PutItemOperation.Request(action.table(), action.item(), action.condition(),
								action.expressions(), ReturnValue.NONE, false, LegacyInput.NONE));
				}
				catch (EngineException ex) {
					if (ex.code() == ErrorCode.CONDITIONAL_CHECK_FAILED) {
						throw new EngineException(ErrorCode.DUPLICATE_ITEM, DUPLICATE);
					}
					throw ex;
				}
			}
			case UPDATE -> operations.updateItem()
				.execute(new UpdateItemOperation.Request(action.table(), action.key(), action.update(),
						action.condition(), action.expressions(), returnValue, false, LegacyInput.NONE));
			case DELETE -> operations.deleteItem()
				.execute(new DeleteItemOperation.Request(action.table(), action.key(), action.condition(),
						action.expressions(), returnValue, false, LegacyInput.NONE));
			default -> throw new IllegalStateException("Not a write: " + statement);
		};
	}

	/**
	 * The statement as a transaction action: INSERT a PUT, UPDATE an UPDATE, DELETE a
	 * DELETE, EXISTS a CONDITION_CHECK.
	 * @throws EngineException ValidationException when the key is incomplete
	 */
	static TransactWriteItemsOperation.Action action(PartiqlStatement statement, KeySchema keys) {
		PartiqlExpressions expressions = new PartiqlExpressions();
		if (statement instanceof PartiqlStatement.Insert insert) {
			checkKeys(insert.item().attributes(), keys);
			String condition = "attribute_not_exists(" + expressions.name(keys.partitionKey()) + ")";
			return new TransactWriteItemsOperation.Action(TransactWriteItemsOperation.Kind.PUT, insert.table(),
					insert.item(), null, null, condition, expressions.input(), false);
		}
		PartiqlNode where = (statement instanceof PartiqlStatement.Update update) ? update.where()
				: (statement instanceof PartiqlStatement.Delete delete) ? delete.where()
						: ((PartiqlStatement.Exists) statement).where();
		List<PartiqlNode> terms = conjuncts(where);
		Map<String, Value> key = new LinkedHashMap<>();
		for (String attribute : keys.attributeNames()) {
			PartiqlNode.Compare equality = DynamoPartiql.keyEquality(terms, attribute);
			if (equality == null) {
				throw EngineException
					.validation("Where clause does not contain a mandatory equality on all key attributes");
			}
			terms.remove(equality);
			key.put(attribute, ((PartiqlNode.Literal) equality.right()).value());
		}
		List<String> conditions = new ArrayList<>();
		if (!(statement instanceof PartiqlStatement.Delete)) {
			conditions.add("attribute_exists(" + expressions.name(keys.partitionKey()) + ")");
		}
		terms.forEach((term) -> conditions.add(expressions.write(term)));
		String condition = conditions.isEmpty() ? null : String.join(" AND ", conditions);
		if (statement instanceof PartiqlStatement.Update update) {
			String text = updateExpression(update, expressions);
			return new TransactWriteItemsOperation.Action(TransactWriteItemsOperation.Kind.UPDATE, update.table(), null,
					key, text, condition, expressions.input(), false);
		}
		TransactWriteItemsOperation.Kind kind = (statement instanceof PartiqlStatement.Delete)
				? TransactWriteItemsOperation.Kind.DELETE : TransactWriteItemsOperation.Kind.CONDITION_CHECK;
		return new TransactWriteItemsOperation.Action(kind, statement.table(), null, key, null, condition,
				expressions.input(), false);
	}

	/** The top-level AND terms of a WHERE clause (none when absent). */
	static List<PartiqlNode> conjuncts(@Nullable PartiqlNode where) {
		List<PartiqlNode> terms = new ArrayList<>();
		if (where != null) {
			collect(where, terms);
		}
		return terms;
	}

	private static void collect(PartiqlNode node, List<PartiqlNode> terms) {
		if (node instanceof PartiqlNode.Logical logical && logical.and()) {
			collect(logical.left(), terms);
			collect(logical.right(), terms);
		}
		else {
			terms.add(node);
		}
	}

	private static String updateExpression(PartiqlStatement.Update update, PartiqlExpressions expressions) {
		List<String> sets = new ArrayList<>();
		List<String> adds = new ArrayList<>();
		List<String> deletes = new ArrayList<>();
		for (PartiqlStatement.Assignment assignment : update.sets()) {
			String path = expressions.path(assignment.path());
			// set_add(path, <<...>>) and set_delete(path, <<...>>) are DynamoDB's ADD
			// and DELETE actions on sets.
			if (assignment.value() instanceof PartiqlNode.Call call
					&& (call.name().equals("set_add") || call.name().equals("set_delete"))
					&& call.arguments().size() == 2) {
				String operand = expressions.write(call.arguments().get(1));
				(call.name().equals("set_add") ? adds : deletes).add(path + " " + operand);
			}
			else {
				sets.add(path + " = " + expressions.write(assignment.value()));
			}
		}
		List<String> removes = update.removes().stream().map(expressions::path).toList();
		StringBuilder text = new StringBuilder();
		clause(text, "SET", sets);
		clause(text, "REMOVE", removes);
		clause(text, "ADD", adds);
		clause(text, "DELETE", deletes);
		return text.toString().trim();
	}

	private static void clause(StringBuilder text, String keyword, List<String> actions) {
		if (!actions.isEmpty()) {
			text.append(keyword).append(' ').append(String.join(", ", actions)).append(' ');
		}
	}

	private static ReturnValue returnValue(PartiqlStatement statement) {
		String returning = (statement instanceof PartiqlStatement.Update update) ? update.returning()
				: (statement instanceof PartiqlStatement.Delete delete) ? delete.returning() : null;
		return (returning != null) ? ReturnValue.valueOf(returning) : ReturnValue.NONE;
	}

	private static void checkKeys(Map<String, Value> item, KeySchema keys) {
		for (String attribute : keys.attributeNames()) {
			Value value = item.get(attribute);
			if (value == null) {
				throw EngineException.validation("Key attribute should be present in the item: Key %s", attribute);
			}
			ValueType expected = attribute.equals(keys.partitionKey()) ? keys.partitionKeyType() : keys.sortKeyType();
			if (value.type() != expected) {
				throw EngineException.validation(
						"Key attribute's data type should match its data type in table's schema: Key %s", attribute);
			}
		}
	}

}
