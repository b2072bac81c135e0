package dev.ddbkit.engine.expression.eval;

import dev.ddbkit.engine.expression.ast.Comparator;
import dev.ddbkit.engine.value.Value;
import dev.ddbkit.engine.value.ValueOrdering;
import org.jspecify.annotations.Nullable;

/**
 * Comparison semantics of condition expressions. Equality holds between values of one
 * type with equal contents (numbers numerically, sets regardless of order, maps and lists
 * deeply); a missing operand equals nothing, so {@code <>} is true for it. Ordering
 * applies to two strings (UTF-8 bytes), two numbers or two binaries; every other pair
 * compares false rather than failing.
 * <p>
 * Source: DynamoDB Developer Guide, "Condition and filter expressions, operators, and
 * functions in DynamoDB" (Making comparisons) and "Supported data types".
 */
public final class ValueComparisons {

	private ValueComparisons() {
	}

	/** Whether {@code left comparator right} holds. */
	public static boolean compare(@Nullable Value left, Comparator comparator, @Nullable Value right) {
		if (comparator == Comparator.EQ) {
			return left != null && left.equals(right);
		}
		if (comparator == Comparator.NE) {
			return left == null || !left.equals(right);
		}
		if (!ordered(left, right)) {
			return false;
		}
		int order = ValueOrdering.compare(left, right);
		return switch (comparator) {
			case LT -> order < 0;
			case LE -> order <= 0;
			case GT -> order > 0;
			default -> order >= 0;
		};
	}

	/** Whether {@code lower <= value <= upper}, all three ordered values of one type. */
	public static boolean between(@Nullable Value value, @Nullable Value lower, @Nullable Value upper) {
		return ordered(value, lower) && ordered(value, upper) && ValueOrdering.compare(lower, value) <= 0
				&& ValueOrdering.compare(value, upper) <= 0;
	}

	/** Whether a string starts with a string, or a binary with a binary. */
	public static boolean beginsWith(@Nullable Value value, @Nullable Value prefix) {
		if (value instanceof Value.S s && prefix instanceof Value.S p) {
			return s.value().startsWith(p.value());
		}
		if (value instanceof Value.B b && prefix instanceof Value.B p) {
			return b.value().startsWith(p.value());
		}
		return false;
	}

	/**
	 * Whether two values are a pair DynamoDB orders: both S, both N or both B.
	 */
	static boolean ordered(@Nullable Value left, @Nullable Value right) {
		return left != null && right != null && left.type() == right.type() && left.type().isScalarKeyType();
	}

}
