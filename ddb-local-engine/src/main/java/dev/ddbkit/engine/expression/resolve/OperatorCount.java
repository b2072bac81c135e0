package dev.ddbkit.engine.expression.resolve;

import dev.ddbkit.engine.expression.ast.Condition;
import dev.ddbkit.engine.expression.ast.Operand;
import dev.ddbkit.engine.expression.ast.UpdateAction;
import dev.ddbkit.engine.expression.ast.UpdateExpression;

/**
 * DynamoDB's limit of 300 operators per expression: comparators, BETWEEN, IN, AND, OR,
 * NOT, each function call and each {@code +} or {@code -}.
 * <p>
 * Source: DynamoDB Developer Guide, "Quotas in Amazon DynamoDB" (expression parameters).
 */
final class OperatorCount {

	/** The most operators and functions an expression may hold. */
	static final int MAX_OPERATORS = 300;

	private OperatorCount() {
	}

	static void check(int count, FirstError error) {
		if (count > MAX_OPERATORS) {
			error.add("The expression contains too many operators; operator count: " + count);
		}
	}

	static int of(Condition condition) {
		if (condition instanceof Condition.Comparison comparison) {
			return 1 + of(comparison.left()) + of(comparison.right());
		}
		if (condition instanceof Condition.Between between) {
			return 1 + of(between.value()) + of(between.lower()) + of(between.upper());
		}
		if (condition instanceof Condition.In in) {
			return 1 + of(in.value()) + in.candidates().stream().mapToInt(OperatorCount::of).sum();
		}
		if (condition instanceof Condition.FunctionCondition function) {
			return of(function.call());
		}
		if (condition instanceof Condition.Not not) {
			return 1 + of(not.condition());
		}
		if (condition instanceof Condition.And and) {
			return 1 + of(and.left()) + of(and.right());
		}
		Condition.Or or = (Condition.Or) condition;
		return 1 + of(or.left()) + of(or.right());
	}

	static int of(UpdateExpression update) {
		int count = 0;
		for (UpdateAction action : update.actions()) {
			if (action instanceof UpdateAction.Set set) {
				count += of(set.value());
			}
		}
		return count;
	}

	private static int of(Operand operand) {
		if (operand instanceof Operand.FunctionCall call) {
			return 1 + call.arguments().stream().mapToInt(OperatorCount::of).sum();
		}
		if (operand instanceof Operand.Arithmetic arithmetic) {
			return 1 + of(arithmetic.left()) + of(arithmetic.right());
		}
		return 0;
	}

}
