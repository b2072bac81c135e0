package dev.ddbkit.engine.expression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.expression.ast.Comparator;
import dev.ddbkit.engine.expression.ast.Condition;
import dev.ddbkit.engine.expression.ast.Operand;
import dev.ddbkit.engine.expression.ast.Path;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Turns a resolved KeyConditionExpression into a {@link KeyCondition}: conditions joined
 * by AND, one per key attribute, equality on the partition key, and on the sort key one
 * of =, &lt;, &lt;=, &gt;, &gt;=, BETWEEN or begins_with; a constant may stand on either
 * side of a comparison.
 * <p>
 * Source: DynamoDB API Reference, "Query" (KeyConditionExpression); DynamoDB Developer
 * Guide, "Key condition expressions for the Query operation". Messages are DynamoDB's.
 */
final class KeyConditionAnalyzer {

	private final String partitionKeyName;

	private final @Nullable String sortKeyName;

	KeyConditionAnalyzer(String partitionKeyName, @Nullable String sortKeyName) {
		this.partitionKeyName = partitionKeyName;
		this.sortKeyName = sortKeyName;
	}

	/**
	 * Checks in DynamoDB Local's order: each condition's form (operators, functions,
	 * operands, nested paths), one condition per key, at most two conditions, equality on
	 * the partition key, then only key attributes and the partition key present.
	 */
	KeyCondition analyze(Condition condition) {
		List<Condition> parts = new ArrayList<>();
		flatten(condition, parts);
		Map<String, SortKeyCondition> byAttribute = new LinkedHashMap<>();
		for (Condition part : parts) {
			SortKeyCondition term = term(part);
			if (byAttribute.put(term.attribute(), term) != null) {
				throw EngineException.validation("KeyConditionExpressions must only contain one condition per key");
			}
		}
		if (byAttribute.size() > 2) {
			throw EngineException.validation("Conditions can be of length 1 or 2 only");
		}
		SortKeyCondition partition = byAttribute.get(this.partitionKeyName);
		if (partition != null && !(partition instanceof SortKeyCondition.Equal)) {
			throw EngineException.validation("Query key condition not supported");
		}
		SortKeyCondition sort = (this.sortKeyName != null) ? byAttribute.get(this.sortKeyName) : null;
		if (partition == null || byAttribute.size() != ((sort != null) ? 2 : 1)) {
			throw EngineException.validation("Query condition missed key schema element");
		}
		return new KeyCondition(this.partitionKeyName, ((SortKeyCondition.Equal) partition).value(), sort);
	}

	private static void flatten(Condition condition, List<Condition> parts) {
		if (condition instanceof Condition.And and) {
			flatten(and.left(), parts);
			flatten(and.right(), parts);
		}
		else if (condition instanceof Condition.Or) {
			throw invalidOperator("OR");
		}
		else if (condition instanceof Condition.Not) {
			throw invalidOperator("NOT");
		}
		else if (condition instanceof Condition.In) {
			throw invalidOperator("IN");
		}
		else {
			parts.add(condition);
		}
	}

	private SortKeyCondition term(Condition part) {
		if (part instanceof Condition.Comparison comparison) {
			return comparison(comparison);
		}
		if (part instanceof Condition.Between between) {
			if (!(between.value() instanceof Operand.PathOperand path)) {
				throw firstOperand("BETWEEN");
			}
			Value low = constant(between.lower());
			Value high = constant(between.upper());
			return new SortKeyCondition.Between(attribute(path.path()), low, high);
		}
		Operand.FunctionCall call = ((Condition.FunctionCondition) part).call();
		if (!"begins_with".equals(call.name())) {
			throw invalidOperator(call.name());
		}
		if (!(call.arguments().get(0) instanceof Operand.PathOperand path)) {
			throw firstOperand("begins_with");
		}
		return new SortKeyCondition.BeginsWith(attribute(path.path()), constant(call.arguments().get(1)));
	}

	private SortKeyCondition comparison(Condition.Comparison comparison) {
		Operand left = comparison.left();
		Operand right = comparison.right();
		Comparator comparator = comparison.comparator();
		if (comparator == Comparator.NE) {
			throw invalidOperator("<>");
		}
		if (left instanceof Operand.FunctionCall || right instanceof Operand.FunctionCall) {
			throw EngineException.validation("KeyConditionExpressions cannot contain nested operations");
		}
		if (left instanceof Operand.PathOperand && right instanceof Operand.PathOperand) {
			throw multipleAttributes();
		}
		if (right instanceof Operand.PathOperand) {
			return comparison(new Condition.Comparison(right, comparator.mirrored(), left));
		}
		if (!(left instanceof Operand.PathOperand path)) {
			throw EngineException.validation("Invalid condition in KeyConditionExpression: No key attribute specified");
		}
		String attribute = attribute(path.path());
		Value value = constant(right);
		return SortKeyCondition.comparison(attribute, comparator, value);
	}

	private String attribute(Path path) {
		if (!path.isTopLevel()) {
			String name = path.attributeName();
			if (name.equals(this.partitionKeyName) || name.equals(this.sortKeyName)) {
				throw nestedKey(name);
			}
			throw EngineException.validation("KeyConditionExpressions cannot have conditions on nested attributes");
		}
		return path.attributeName();
	}

	/** DynamoDB's message for a key attribute read through a map key or list index. */
	static EngineException nestedKey(String name) {
		return EngineException.validation(
				"Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: "
						+ name);
	}

	private static Value constant(Operand operand) {
		if (operand instanceof Operand.Literal literal) {
			return literal.value();
		}
		if (operand instanceof Operand.PathOperand) {
			throw multipleAttributes();
		}
		throw EngineException.validation("KeyConditionExpressions cannot contain nested operations");
	}

	private static EngineException invalidOperator(String operator) {
		return EngineException.validation("Invalid operator used in KeyConditionExpression: " + operator);
	}

	private static EngineException firstOperand(String operator) {
		return EngineException.validation("Invalid condition in KeyConditionExpression: " + operator
				+ " operator must have the key attribute as its first operand");
	}

	private static EngineException multipleAttributes() {
		return EngineException
			.validation("Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition");
	}

}
