package dev.ddbkit.engine.expression;

import java.util.ArrayList;
import java.util.List;

import dev.ddbkit.engine.expression.ast.Condition;
import dev.ddbkit.engine.expression.ast.Operand;
import dev.ddbkit.engine.expression.ast.Path;

/** Collects the document paths of a condition in the order written. */
final class ConditionPaths {

	private ConditionPaths() {
	}

	static List<Path> of(Condition condition) {
		List<Path> paths = new ArrayList<>();
		collect(condition, paths);
		return paths;
	}

	private static void collect(Condition condition, List<Path> paths) {
		if (condition instanceof Condition.Comparison c) {
			operand(c.left(), paths);
			operand(c.right(), paths);
		}
		else if (condition instanceof Condition.Between b) {
			operand(b.value(), paths);
			operand(b.lower(), paths);
			operand(b.upper(), paths);
		}
		else if (condition instanceof Condition.In in) {
			operand(in.value(), paths);
			in.candidates().forEach((candidate) -> operand(candidate, paths));
		}
		else if (condition instanceof Condition.FunctionCondition f) {
			operand(f.call(), paths);
		}
		else if (condition instanceof Condition.Not not) {
			collect(not.condition(), paths);
		}
		else if (condition instanceof Condition.And and) {
			collect(and.left(), paths);
			collect(and.right(), paths);
		}
		else if (condition instanceof Condition.Or or) {
			collect(or.left(), paths);
			collect(or.right(), paths);
		}
	}

	private static void operand(Operand operand, List<Path> paths) {
		if (operand instanceof Operand.PathOperand path) {
			paths.add(path.path());
		}
		else if (operand instanceof Operand.FunctionCall call) {
			call.arguments().forEach((argument) -> operand(argument, paths));
		}
	}

}
