package dev.ddbkit.engine.expression;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.expression.eval.LegacyComparison;
import dev.ddbkit.engine.expression.eval.LegacyUpdate;
import dev.ddbkit.engine.value.Value;
import dev.ddbkit.engine.value.ValueOrdering;
import dev.ddbkit.engine.value.ValueType;

/**
 * Validation of legacy condition and update entries, with DynamoDB's messages.
 * <p>
 * Source: DynamoDB API Reference, "Condition" (argument counts and types per
 * ComparisonOperator: EQ and NE take any type, LE, LT, GE, GT, CONTAINS, NOT_CONTAINS, IN
 * and BETWEEN take S, N or B, BEGINS_WITH takes S or B), "ExpectedAttributeValue",
 * "AttributeValueUpdate".
 */
final class LegacyChecks {

	private static final String INVALID = "One or more parameter values were invalid: ";

	private static final Set<ValueType> SCALARS = Set.of(ValueType.S, ValueType.N, ValueType.B);

	private static final Map<String, Set<ValueType>> ARGUMENT_TYPES = Map.of("LE", SCALARS, "LT", SCALARS, "GE",
			SCALARS, "GT", SCALARS, "CONTAINS", SCALARS, "NOT_CONTAINS", SCALARS, "IN", SCALARS, "BETWEEN", SCALARS,
			"BEGINS_WITH", Set.of(ValueType.S, ValueType.B));

	private static final Set<String> OPERATORS = Set.of("EQ", "NE", "LE", "LT", "GE", "GT", "NOT_NULL", "NULL",
			"CONTAINS", "NOT_CONTAINS", "BEGINS_WITH", "IN", "BETWEEN");

	private LegacyChecks() {
	}

	static LegacyComparison comparison(String attribute, LegacyParameters.Condition condition) {
		String operator = condition.comparisonOperator();
		if (operator == null) {
			return existsForm(attribute, condition);
		}
		if (!OPERATORS.contains(operator)) {
			throw EngineException.validation("1 validation error detected: Value '" + operator
					+ "' at 'comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: "
					+ "[IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]");
		}
		if (condition.value() != null && condition.attributeValueList() != null) {
			throw EngineException.validation(
					INVALID + "Value and AttributeValueList cannot be used together for Attribute: " + attribute);
		}
		List<Value> values = (condition.attributeValueList() != null) ? condition.attributeValueList()
				: (condition.value() != null) ? List.of(condition.value()) : List.of();
		if (condition.attributeValueList() == null && condition.value() == null && !operator.endsWith("NULL")) {
			throw EngineException
				.validation(INVALID + "Value or AttributeValueList must be used with ComparisonOperator: " + operator
						+ " for Attribute: " + attribute);
		}
		if (!argumentCountFits(operator, values.size())) {
			throw EngineException
				.validation(INVALID + "Invalid number of argument(s) for the " + operator + " ComparisonOperator");
		}
		if (values.stream().map(Value::type).distinct().count() > 1) {
			throw EngineException
				.validation(INVALID + "AttributeValues inside AttributeValueList must be of same type");
		}
		Set<ValueType> allowed = ARGUMENT_TYPES.get(operator);
		for (Value value : values) {
			if (allowed != null && !allowed.contains(value.type())) {
				throw EngineException.validation(INVALID + "ComparisonOperator " + operator + " is not valid for "
						+ value.type().descriptor() + " AttributeValue type");
			}
		}
		if (operator.equals("BETWEEN")) {
			between(values.get(0), values.get(1));
		}
		return new LegacyComparison(attribute, operator, values);
	}

	private static LegacyComparison existsForm(String attribute, LegacyParameters.Condition condition) {
		if (condition.attributeValueList() != null) {
			throw EngineException.validation(INVALID
					+ "AttributeValueList can only be used with a ComparisonOperator for Attribute: " + attribute);
		}
		Boolean exists = condition.exists();
		Value value = condition.value();
		if (exists == null || exists) {
			if (value == null) {
				throw EngineException.validation(INVALID + "Value must be provided when Exists is "
						+ ((exists == null) ? "null" : "true") + " for Attribute: " + attribute);
			}
			return new LegacyComparison(attribute, "EQ", List.of(value));
		}
		if (value != null) {
			throw EngineException
				.validation(INVALID + "Value cannot be used when Exists is false for Attribute: " + attribute);
		}
		return new LegacyComparison(attribute, "NULL", List.of());
	}

	/**
	 * The word DynamoDB uses for a type in AttributeUpdates messages: STRING, NUMBER, ...
	 */
	private static String typeWord(ValueType type) {
		return switch (type) {
			case S -> "STRING";
			case N -> "NUMBER";
			case B -> "BINARY";
			case BOOL -> "BOOLEAN";
			case M -> "MAP";
			case L -> "LIST";
			default -> type.descriptor();
		};
	}

	private static boolean argumentCountFits(String operator, int count) {
		return switch (operator) {
			case "NULL", "NOT_NULL" -> count == 0;
			case "IN" -> count > 0;
			case "BETWEEN" -> count == 2;
			default -> count == 1;
		};
	}

	private static void between(Value lower, Value upper) {
		if (ValueOrdering.compare(lower, upper) > 0) {
			throw EngineException.validation(
					"The BETWEEN condition was provided a range where the lower bound is greater than the upper bound");
		}
	}

	static LegacyUpdate.Action update(LegacyUpdate.Action update) {
		String action = (update.action() != null) ? update.action() : "PUT";
		if (!Set.of("PUT", "ADD", "DELETE").contains(action)) {
			throw EngineException.validation("1 validation error detected: Value '" + action
					+ "' at 'attributeUpdates.member.action' failed to satisfy constraint: "
					+ "Member must satisfy enum value set: [ADD, PUT, DELETE]");
		}
		Value value = update.value();
		if (value == null && !action.equals("DELETE")) {
			throw EngineException
				.validation(INVALID + "Only DELETE action is allowed when no attribute value is specified");
		}
		if (value != null && action.equals("DELETE") && !value.type().isSet()) {
			throw EngineException.validation(
					INVALID + "DELETE action with value is not supported for the type " + typeWord(value.type()));
		}
		if (value != null && action.equals("ADD") && value.type() != ValueType.N && value.type() != ValueType.L
				&& !value.type().isSet()) {
			throw EngineException
				.validation(INVALID + "ADD action is not supported for the type " + typeWord(value.type()));
		}
		return new LegacyUpdate.Action(action, value);
	}

}
