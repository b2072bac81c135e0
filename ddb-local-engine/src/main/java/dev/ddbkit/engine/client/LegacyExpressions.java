package dev.ddbkit.engine.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.operation.ExpressionInput;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeAction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;

/**
 * Rewrites the legacy parameters older clients still send (KeyConditions, QueryFilter,
 * ScanFilter, Expected, ConditionalOperator, AttributeUpdates, AttributesToGet) into the
 * equivalent expressions, with generated {@code #lN}/{@code :lN} placeholders, so one
 * evaluator serves both. A request may not mix the two styles.
 * <p>
 * Source: DynamoDB Developer Guide, "Legacy conditional parameters" (ComparisonOperator
 * semantics and argument counts; ConditionalOperator AND/OR; Exists).
 */
final class LegacyExpressions {

	private final Map<String, String> names = new LinkedHashMap<>();

	private final Map<String, Value> values = new LinkedHashMap<>();

	private final Set<String> legacyUsed = new LinkedHashSet<>();

	private final Set<String> expressionUsed = new LinkedHashSet<>();

	/** Notes which parameters a request carries, to reject a mix of both styles. */
	LegacyExpressions legacy(boolean present, String parameter) {
		if (present) {
			this.legacyUsed.add(parameter);
		}
		return this;
	}

	LegacyExpressions expression(boolean present, String parameter) {
		if (present) {
			this.expressionUsed.add(parameter);
		}
		return this;
	}

	/**
	 * Checks the request does not mix styles.
	 * @return whether legacy parameters are in use
	 */
	boolean check() {
		if (!this.legacyUsed.isEmpty() && !this.expressionUsed.isEmpty()) {
			throw EngineException.validation(
					"Can not use both expression and non-expression parameters in the same request: Non-expression parameters: %s Expression parameters: %s",
					braces(this.legacyUsed), braces(this.expressionUsed));
		}
		return !this.legacyUsed.isEmpty();
	}

	/** The generated names and values. */
	ExpressionInput input() {
		return new ExpressionInput(this.names.isEmpty() ? null : this.names,
				this.values.isEmpty() ? null : this.values);
	}

	/** KeyConditions, QueryFilter or ScanFilter as an expression. */
	@Nullable String conditions(Map<String, Condition> conditions, @Nullable String conditionalOperator) {
		if (conditions.isEmpty()) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		conditions.forEach((attribute, condition) -> parts
			.add(comparison(attribute, condition.comparisonOperatorAsString(), condition.attributeValueList())));
		return String.join(joiner(conditionalOperator), parts);
	}

	/** Expected as a ConditionExpression. */
	@Nullable String expected(Map<String, ExpectedAttributeValue> expected, @Nullable String conditionalOperator) {
		if (expected.isEmpty()) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		expected.forEach((attribute, condition) -> parts.add(expectation(attribute, condition)));
		return String.join(joiner(conditionalOperator), parts);
	}

	/** AttributeUpdates as an UpdateExpression. */
	@Nullable String updates(Map<String, AttributeValueUpdate> updates) {
		StringJoiner set = new StringJoiner(", ", "SET ", " ").setEmptyValue("");
		StringJoiner remove = new StringJoiner(", ", "REMOVE ", " ").setEmptyValue("");
		StringJoiner add = new StringJoiner(", ", "ADD ", " ").setEmptyValue("");
		StringJoiner delete = new StringJoiner(", ", "DELETE ", " ").setEmptyValue("");
		updates.forEach((attribute, update) -> {
			String name = name(attribute);
			AttributeAction action = (update.action() != null) ? update.action() : AttributeAction.PUT;
			if (action == AttributeAction.ADD) {
				add.add(name + " " + value(required(update.value(), attribute)));
			}
			else if (action == AttributeAction.DELETE) {
				if (update.value() != null) {
					delete.add(name + " " + value(update.value()));
				}
				else {
					remove.add(name);
				}
			}
			else {
				set.add(name + " = " + value(required(update.value(), attribute)));
			}
		});
		String expression = (set.toString() + remove + add + delete).trim();
		return expression.isEmpty() ? null : expression;
	}

	/** AttributesToGet as a ProjectionExpression. */
	String projection(List<String> attributes) {
		StringJoiner projection = new StringJoiner(", ");
		attributes.forEach((attribute) -> projection.add(name(attribute)));
		return projection.toString();
	}

	private String expectation(String attribute, ExpectedAttributeValue condition) {
		if (condition.comparisonOperatorAsString() != null) {
			List<AttributeValue> arguments = condition.hasAttributeValueList() ? condition.attributeValueList()
					: (condition.value() != null) ? List.of(condition.value()) : List.of();
			return comparison(attribute, condition.comparisonOperatorAsString(), arguments);
		}
		if (Boolean.FALSE.equals(condition.exists())) {
			if (condition.value() != null) {
				throw EngineException.validation(
						"One or more parameter values were invalid: Value cannot be used when Exists is false for Attribute: %s",
						attribute);
			}
			return "attribute_not_exists(" + name(attribute) + ")";
		}
		if (condition.value() == null) {
			throw EngineException.validation(
					"One or more parameter values were invalid: Value must be provided when Exists is true for Attribute: %s",
					attribute);
		}
		return name(attribute) + " = " + value(condition.value());
	}

	private String comparison(String attribute, @Nullable String operator, List<AttributeValue> arguments) {
		String name = name(attribute);
		String op = String.valueOf(operator);
		return switch (op) {
			case "EQ" -> binary(name, "=", op, arguments);
			case "NE" -> binary(name, "<>", op, arguments);
			case "LE" -> binary(name, "<=", op, arguments);
			case "LT" -> binary(name, "<", op, arguments);
			case "GE" -> binary(name, ">=", op, arguments);
			case "GT" -> binary(name, ">", op, arguments);
			case "NOT_NULL" -> unary("attribute_exists(" + name + ")", op, arguments);
			case "NULL" -> unary("attribute_not_exists(" + name + ")", op, arguments);
			case "CONTAINS" -> "contains(" + name + ", " + single(op, arguments) + ")";
			case "NOT_CONTAINS" -> "NOT contains(" + name + ", " + single(op, arguments) + ")";
			case "BEGINS_WITH" -> "begins_with(" + name + ", " + single(op, arguments) + ")";
			case "BETWEEN" -> between(name, op, arguments);
			case "IN" -> in(name, op, arguments);
			default -> throw EngineException.validation(
					"1 validation error detected: Value '%s' at 'comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: [IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]",
					op);
		};
	}

	private String binary(String name, String symbol, String op, List<AttributeValue> arguments) {
		return name + " " + symbol + " " + single(op, arguments);
	}

	private static String unary(String expression, String op, List<AttributeValue> arguments) {
		if (!arguments.isEmpty()) {
			throw argumentCount(op);
		}
		return expression;
	}

	private String single(String op, List<AttributeValue> arguments) {
		if (arguments.size() != 1) {
			throw argumentCount(op);
		}
		return value(arguments.get(0));
	}

	private String between(String name, String op, List<AttributeValue> arguments) {
		if (arguments.size() != 2) {
			throw argumentCount(op);
		}
		return name + " BETWEEN " + value(arguments.get(0)) + " AND " + value(arguments.get(1));
	}

	private String in(String name, String op, List<AttributeValue> arguments) {
		if (arguments.isEmpty()) {
			throw argumentCount(op);
		}
		StringJoiner list = new StringJoiner(", ", name + " IN (", ")");
		arguments.forEach((argument) -> list.add(value(argument)));
		return list.toString();
	}

	private String name(String attribute) {
		String placeholder = "#l" + this.names.size();
		this.names.put(placeholder, attribute);
		return placeholder;
	}

	private String value(AttributeValue value) {
		String placeholder = ":l" + this.values.size();
		this.values.put(placeholder, ValueConverter.toValue(value));
		return placeholder;
	}

	private static AttributeValue required(@Nullable AttributeValue value, String attribute) {
		if (value == null) {
			throw EngineException.validation(
					"One or more parameter values were invalid: Only DELETE action is allowed when no attribute value is specified");
		}
		return value;
	}

	private static EngineException argumentCount(String op) {
		return EngineException.validation(
				"One or more parameter values were invalid: Invalid number of argument(s) for the %s ComparisonOperator",
				op);
	}

	private static String joiner(@Nullable String conditionalOperator) {
		if (conditionalOperator == null || conditionalOperator.equals("AND")) {
			return " AND ";
		}
		if (conditionalOperator.equals("OR")) {
			return " OR ";
		}
		throw EngineException.validation(
				"1 validation error detected: Value '%s' at 'conditionalOperator' failed to satisfy constraint: Member must satisfy enum value set: [AND, OR]",
				conditionalOperator);
	}

	private static String braces(Set<String> parameters) {
		return "{" + String.join(", ", parameters) + "}";
	}

}
