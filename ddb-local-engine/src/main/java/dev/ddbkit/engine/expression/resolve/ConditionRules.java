package dev.ddbkit.engine.expression.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.expression.ast.Condition;
import dev.ddbkit.engine.expression.ast.Operand;
import dev.ddbkit.engine.expression.resolve.ExpressionResolver.Pass;
import dev.ddbkit.engine.expression.resolve.ResolutionErrors.Kind;
import dev.ddbkit.engine.value.Value;
import dev.ddbkit.engine.value.ValueOrdering;
import dev.ddbkit.engine.value.ValueType;

/**
 * Resolves a condition and checks its functions and operands as DynamoDB does: Boolean
 * functions only as conditions, {@code size} only as an operand, operand counts, a
 * document path where a function needs one, operand types of constants, distinct
 * operands, BETWEEN bounds and at most 100 IN operands.
 * <p>
 * Source: DynamoDB Developer Guide, "Condition and filter expressions, operators, and
 * functions in DynamoDB"; "Quotas in Amazon DynamoDB" (IN: 100 operands).
 */
final class ConditionRules {

	/** The most operands of IN. */
	static final int MAX_IN_OPERANDS = 100;

	private static final Map<String, Integer> BOOLEAN_FUNCTIONS = Map.of("attribute_exists", 1, "attribute_not_exists",
			1, "attribute_type", 2, "begins_with", 2, "contains", 2);

	private static final String SIZE = "size";

	private final Pass pass;

	ConditionRules(Pass pass) {
		this.pass = pass;
	}

	Condition condition(Condition condition) {
		if (condition instanceof Condition.Comparison comparison) {
			Operand left = operand(comparison.left());
			Operand right = operand(comparison.right());
			distinct(comparison.comparator().symbol(), left, right);
			return new Condition.Comparison(left, comparison.comparator(), right);
		}
		if (condition instanceof Condition.Between between) {
			Operand lower = operand(between.lower());
			Operand upper = operand(between.upper());
			Condition.Between resolved = new Condition.Between(operand(between.value()), lower, upper);
			bounds(lower, upper);
			return resolved;
		}
		if (condition instanceof Condition.In in) {
			return in(in);
		}
		if (condition instanceof Condition.FunctionCondition function) {
			return new Condition.FunctionCondition(booleanFunction(function.call()));
		}
		if (condition instanceof Condition.Not not) {
			return new Condition.Not(condition(not.condition()));
		}
		if (condition instanceof Condition.And and) {
			return new Condition.And(condition(and.left()), condition(and.right()));
		}
		Condition.Or or = (Condition.Or) condition;
		return new Condition.Or(condition(or.left()), condition(or.right()));
	}

	private Condition in(Condition.In in) {
		Operand value = operand(in.value());
		List<Operand> candidates = new ArrayList<>();
		for (Operand candidate : in.candidates()) {
			candidates.add(operand(candidate));
		}
		if (candidates.size() > MAX_IN_OPERANDS) {
			this.pass.errors.add(Kind.OPERAND_COUNT,
					"The IN operator is provided with too many operands; number of operands: " + candidates.size());
		}
		return new Condition.In(value, candidates);
	}

	private Operand operand(Operand operand) {
		if (!(operand instanceof Operand.FunctionCall call)) {
			return this.pass.operand(operand);
		}
		Operand.FunctionCall resolved = arguments(call);
		if (BOOLEAN_FUNCTIONS.containsKey(call.name())) {
			misused(call.name());
		}
		else if (!SIZE.equals(call.name())) {
			unknown(call.name());
		}
		else if (arity(resolved, 1)) {
			Operand argument = resolved.arguments().get(0);
			ValueType type = constantType(argument);
			if (type == ValueType.N || type == ValueType.BOOL || type == ValueType.NULL) {
				operandType(SIZE, type);
			}
		}
		return resolved;
	}

	private Operand.FunctionCall booleanFunction(Operand.FunctionCall call) {
		Operand.FunctionCall resolved = arguments(call);
		String name = call.name();
		Integer arity = BOOLEAN_FUNCTIONS.get(name);
		if (SIZE.equals(name)) {
			misused(name);
		}
		else if (arity == null) {
			unknown(name);
		}
		else if (arity(resolved, arity)) {
			List<Operand> arguments = resolved.arguments();
			switch (name) {
				case "attribute_exists", "attribute_not_exists" -> requirePath(name, arguments.get(0));
				case "attribute_type" -> attributeType(arguments);
				case "begins_with" -> beginsWith(arguments);
				default -> distinct(name, arguments.get(0), arguments.get(1));
			}
		}
		return resolved;
	}

	private void attributeType(List<Operand> arguments) {
		requirePath("attribute_type", arguments.get(0));
		if (arguments.get(1) instanceof Operand.Literal literal) {
			if (!(literal.value() instanceof Value.S type)) {
				operandType("attribute_type", literal.value().type());
			}
			else if (ValueType.fromDescriptor(type.value()) == null) {
				this.pass.errors.add(Kind.OPERAND_TYPE, "Invalid attribute type name found; type: " + type.value()
						+ ", valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}");
			}
		}
	}

	private void beginsWith(List<Operand> arguments) {
		distinct("begins_with", arguments.get(0), arguments.get(1));
		for (Operand argument : arguments) {
			ValueType type = constantType(argument);
			if (type != null && type != ValueType.S && type != ValueType.B) {
				operandType("begins_with", type);
			}
		}
	}

	private Operand.FunctionCall arguments(Operand.FunctionCall call) {
		List<Operand> arguments = new ArrayList<>();
		for (Operand argument : call.arguments()) {
			arguments.add(operand(argument));
		}
		return new Operand.FunctionCall(call.name(), arguments);
	}

	private boolean arity(Operand.FunctionCall call, int expected) {
		if (call.arguments().size() != expected) {
			this.pass.errors.add(Kind.OPERAND_COUNT, "Incorrect number of operands for operator or function; "
					+ "operator or function: " + call.name() + ", number of operands: " + call.arguments().size());
			return false;
		}
		return true;
	}

	private void requirePath(String function, Operand operand) {
		if (!(operand instanceof Operand.PathOperand)) {
			this.pass.errors.add(Kind.OPERAND_TYPE,
					"Operator or function requires a document path; operator or function: " + function);
		}
	}

	private void distinct(String operator, Operand first, Operand second) {
		if (first instanceof Operand.PathOperand a && second instanceof Operand.PathOperand b && a.equals(b)) {
			this.pass.errors.add(Kind.DISTINCT_OPERANDS,
					"The first operand must be distinct from the remaining operands for this operator or function; "
							+ "operator: " + operator + ", first operand: " + a.path().render());
		}
	}

	private void bounds(Operand lower, Operand upper) {
		if (!(lower instanceof Operand.Literal low) || !(upper instanceof Operand.Literal high)) {
			return;
		}
		String operands = "; lower bound operand: AttributeValue: {" + Constants.render(low.value())
				+ "}, upper bound operand: AttributeValue: {" + Constants.render(high.value()) + "}";
		if (low.value().type() != high.value().type()) {
			this.pass.errors.add(Kind.OPERAND_TYPE,
					"The BETWEEN operator requires same data type for lower and upper bounds" + operands);
		}
		else if (low.value().type().isScalarKeyType() && ValueOrdering.compare(low.value(), high.value()) > 0) {
			this.pass.errors.add(Kind.OPERAND_TYPE,
					"The BETWEEN operator requires upper bound to be greater than or equal to lower bound" + operands);
		}
	}

	private void misused(String function) {
		this.pass.errors.add(Kind.MISUSED_FUNCTION,
				"The function is not allowed to be used this way in an expression; function: " + function);
	}

	private void unknown(String function) {
		this.pass.errors.add(Kind.UNKNOWN_FUNCTION, "Invalid function name; function: " + function);
	}

	private void operandType(String function, ValueType type) {
		this.pass.errors.add(Kind.OPERAND_TYPE, "Incorrect operand type for operator or function; "
				+ "operator or function: " + function + ", operand type: " + type.descriptor());
	}

	private static ValueType constantType(Operand operand) {
		return (operand instanceof Operand.Literal literal) ? literal.value().type() : null;
	}

}
