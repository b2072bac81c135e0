package dev.ddbkit.engine.expression.resolve;

import java.util.Locale;
import java.util.Set;

import dev.ddbkit.engine.expression.ast.Condition;
import dev.ddbkit.engine.expression.ast.Operand;
import dev.ddbkit.engine.expression.ast.Path;
import dev.ddbkit.engine.expression.ast.PathElement;
import dev.ddbkit.engine.expression.ast.ProjectionExpression;
import dev.ddbkit.engine.expression.ast.UpdateAction;
import dev.ddbkit.engine.expression.ast.UpdateExpression;
import dev.ddbkit.engine.expression.parse.ReservedWords;

/**
 * The first pass over a parsed expression, in the order the text is written: reserved
 * words used as bare names, list indexes beyond the allowed range, and function names
 * (unknown, not allowed in this kind of expression, or used in the wrong place). DynamoDB
 * reports these before any placeholder or operand problem.
 * <p>
 * {@code size} is not rejected as a bare name: DynamoDB Local accepts it (its grammar
 * reads it as the function keyword), although it is on the reserved-word list.
 */
final class NameRules {

	static final Set<String> CONDITION_FUNCTIONS = Set.of("attribute_exists", "attribute_not_exists", "attribute_type",
			"begins_with", "contains");

	static final Set<String> UPDATE_FUNCTIONS = Set.of("if_not_exists", "list_append");

	static final String SIZE = "size";

	private final FirstError error = new FirstError();

	FirstError condition(Condition condition) {
		walk(condition);
		return this.error;
	}

	FirstError update(UpdateExpression update) {
		for (UpdateAction action : update.actions()) {
			path(action.path());
			if (action instanceof UpdateAction.Set set) {
				setValue(set.value(), false);
			}
		}
		return this.error;
	}

	FirstError projection(ProjectionExpression projection) {
		projection.paths().forEach(this::path);
		return this.error;
	}

	private void walk(Condition condition) {
		if (condition instanceof Condition.Comparison comparison) {
			operand(comparison.left());
			operand(comparison.right());
		}
		else if (condition instanceof Condition.Between between) {
			operand(between.value());
			operand(between.lower());
			operand(between.upper());
		}
		else if (condition instanceof Condition.In in) {
			operand(in.value());
			in.candidates().forEach(this::operand);
		}
		else if (condition instanceof Condition.FunctionCondition function) {
			String name = function.call().name();
			if (SIZE.equals(name)) {
				misused(name);
			}
			else if (!CONDITION_FUNCTIONS.contains(name)) {
				notForConditions(name);
			}
			function.call().arguments().forEach(this::operand);
		}
		else if (condition instanceof Condition.Not not) {
			walk(not.condition());
		}
		else if (condition instanceof Condition.And and) {
			walk(and.left());
			walk(and.right());
		}
		else if (condition instanceof Condition.Or or) {
			walk(or.left());
			walk(or.right());
		}
	}

	private void operand(Operand operand) {
		if (operand instanceof Operand.PathOperand path) {
			path(path.path());
		}
		else if (operand instanceof Operand.FunctionCall call) {
			if (CONDITION_FUNCTIONS.contains(call.name())) {
				misused(call.name());
			}
			else if (!SIZE.equals(call.name())) {
				notForConditions(call.name());
			}
			call.arguments().forEach(this::operand);
		}
	}

	private void notForConditions(String name) {
		if (UPDATE_FUNCTIONS.contains(name)) {
			this.error.add("The function is not allowed in a condition expression; function: " + name);
		}
		else {
			this.error.add("Invalid function name; function: " + name);
		}
	}

	private void setValue(Operand operand, boolean inArithmetic) {
		if (operand instanceof Operand.Arithmetic arithmetic) {
			setValue(arithmetic.left(), true);
			setValue(arithmetic.right(), true);
		}
		else if (operand instanceof Operand.PathOperand path) {
			path(path.path());
		}
		else if (operand instanceof Operand.FunctionCall call) {
			String name = call.name();
			if (CONDITION_FUNCTIONS.contains(name) || SIZE.equals(name)) {
				this.error.add("The function is not allowed in an update expression; function: " + name);
			}
			else if (!UPDATE_FUNCTIONS.contains(name)) {
				this.error.add("Invalid function name; function: " + name);
			}
			else if (inArithmetic && name.equals("list_append")) {
				misused(name);
			}
			call.arguments().forEach((argument) -> setValue(argument, false));
		}
	}

	private void path(Path path) {
		for (PathElement element : path.elements()) {
			if (element instanceof PathElement.Attribute attribute && ReservedWords.isReserved(attribute.name())
					&& !SIZE.equals(attribute.name().toLowerCase(Locale.ROOT))) {
				this.error.add("Attribute name is a reserved keyword; reserved keyword: " + attribute.name());
			}
			if (element instanceof PathElement.Index index && index.index() > Integer.MAX_VALUE) {
				this.error.add("List index is not within the allowable range; index: " + index.render());
			}
		}
	}

	private void misused(String function) {
		this.error.add("The function is not allowed to be used this way in an expression; function: " + function);
	}

}
