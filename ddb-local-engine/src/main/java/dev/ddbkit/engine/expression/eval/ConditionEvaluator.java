package dev.ddbkit.engine.expression.eval;

import java.math.BigDecimal;

import dev.ddbkit.engine.expression.ast.Condition;
import dev.ddbkit.engine.expression.ast.Operand;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates a resolved condition against an item. A function or comparison whose operands
 * are missing or of unsuitable types is false, never an error.
 * <p>
 * Functions: {@code attribute_exists}, {@code attribute_not_exists},
 * {@code attribute_type(path, :type)}, {@code begins_with} (S or B), {@code contains}
 * (substring of S, member of a set, element of a list) and {@code size} (S: UTF-16 code
 * units, as Java's {@link String#length()}; B: bytes; sets, lists and maps: elements;
 * other types: no size).
 * <p>
 * Source: DynamoDB Developer Guide, "Condition and filter expressions, operators, and
 * functions in DynamoDB".
 */
public final class ConditionEvaluator {

	private final Condition condition;

	/**
	 * @param condition a condition resolved by the ExpressionResolver
	 */
	public ConditionEvaluator(Condition condition) {
		this.condition = condition;
	}

	/** Whether the item satisfies the condition. */
	public boolean test(Item item) {
		return evaluate(this.condition, item);
	}

	private boolean evaluate(Condition condition, Item item) {
		if (condition instanceof Condition.Comparison comparison) {
			return ValueComparisons.compare(operand(comparison.left(), item), comparison.comparator(),
					operand(comparison.right(), item));
		}
		if (condition instanceof Condition.Between between) {
			return ValueComparisons.between(operand(between.value(), item), operand(between.lower(), item),
					operand(between.upper(), item));
		}
		if (condition instanceof Condition.In in) {
			Value value = operand(in.value(), item);
			return value != null && in.candidates().stream().anyMatch((c) -> value.equals(operand(c, item)));
		}
		if (condition instanceof Condition.FunctionCondition function) {
			return function(function.call(), item);
		}
		if (condition instanceof Condition.Not not) {
			return !evaluate(not.condition(), item);
		}
		if (condition instanceof Condition.And and) {
			return evaluate(and.left(), item) && evaluate(and.right(), item);
		}
		Condition.Or or = (Condition.Or) condition;
		return evaluate(or.left(), item) || evaluate(or.right(), item);
	}

	private boolean function(Operand.FunctionCall call, Item item) {
		Value first = operand(call.arguments().get(0), item);
		return switch (call.name()) {
			case "attribute_exists" -> first != null;
			case "attribute_not_exists" -> first == null;
			case "attribute_type" -> first != null && operand(call.arguments().get(1), item) instanceof Value.S type
					&& first.type().descriptor().equals(type.value());
			case "begins_with" -> ValueComparisons.beginsWith(first, operand(call.arguments().get(1), item));
			case "contains" -> contains(first, operand(call.arguments().get(1), item));
			default -> throw new IllegalStateException("Unresolved function " + call.name());
		};
	}

	/** The value of an operand, or {@code null} when it has none. */
	static @Nullable Value operand(Operand operand, Item item) {
		if (operand instanceof Operand.PathOperand path) {
			return DocumentPaths.get(item, path.path());
		}
		if (operand instanceof Operand.Literal literal) {
			return literal.value();
		}
		if (operand instanceof Operand.FunctionCall call && "size".equals(call.name())) {
			Value value = operand(call.arguments().get(0), item);
			return (value != null) ? size(value) : null;
		}
		throw new IllegalStateException("Unresolved operand " + operand);
	}

	static @Nullable Value size(Value value) {
		long size;
		if (value instanceof Value.S s) {
			size = s.value().length();
		}
		else if (value instanceof Value.B b) {
			size = b.value().length();
		}
		else if (value instanceof Value.L list) {
			size = list.values().size();
		}
		else if (value instanceof Value.M map) {
			size = map.values().size();
		}
		else if (value instanceof Value.SS set) {
			size = set.values().size();
		}
		else if (value instanceof Value.NS set) {
			size = set.values().size();
		}
		else if (value instanceof Value.BS set) {
			size = set.values().size();
		}
		else {
			return null;
		}
		return Value.n(size);
	}

	static boolean contains(@Nullable Value container, @Nullable Value element) {
		if (container == null || element == null) {
			return false;
		}
		if (container instanceof Value.S s) {
			return element instanceof Value.S e && s.value().contains(e.value());
		}
		if (container instanceof Value.B b) {
			return element instanceof Value.B e && indexOf(b.value().toByteArray(), e.value().toByteArray()) >= 0;
		}
		if (container instanceof Value.SS set) {
			return element instanceof Value.S e && set.values().contains(e.value());
		}
		if (container instanceof Value.NS set) {
			return element instanceof Value.N e && containsNumber(set, e.value());
		}
		if (container instanceof Value.BS set) {
			return element instanceof Value.B e && set.values().contains(e.value());
		}
		if (container instanceof Value.L list) {
			return list.values().contains(element);
		}
		return false;
	}

	private static int indexOf(byte[] whole, byte[] part) {
		outer: for (int i = 0; i + part.length <= whole.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (whole[i + j] != part[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static boolean containsNumber(Value.NS set, BigDecimal number) {
		return set.values().stream().anyMatch((member) -> member.compareTo(number) == 0);
	}

}
