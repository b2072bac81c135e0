package dev.ddbkit.engine.expression.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.expression.ast.Condition;
import dev.ddbkit.engine.expression.ast.Operand;
import dev.ddbkit.engine.expression.resolve.ExpressionResolver.Pass;
import dev.ddbkit.engine.value.Value;
import dev.ddbkit.engine.value.ValueOrdering;
import dev.ddbkit.engine.value.ValueType;
import org.jspecify.annotations.Nullable;

/**
 * The last pass over a condition, in the order written: resolves placeholders and checks
 * operand counts, the document path a function needs, operand types of constants and of
 * {@code size} (a number), distinct operands, BETWEEN bounds and at most 100 IN operands.
 * Function names were checked by {@link NameRules}.
 * <p>
 * Source: DynamoDB Developer Guide, "Condition and filter expressions, operators, and
 * functions in DynamoDB"; "Quotas in Amazon DynamoDB" (IN: 100 operands). Message texts
 * as DynamoDB Local 3.x words them.
 */
final class ConditionRules {

	/** The most operands of IN. */
	static final int MAX_IN_OPERANDS = 100;

	private static final Map<String, Integer> ARITY = Map.of("attribute_exists", 1, "attribute_not_exists", 1,
			"attribute_type", 2, "begins_with", 2, "contains", 2, "size", 1);

	/**
	 * The type names DynamoDB Local lists when attribute_type's second operand is a path.
	 */
	private static final String ANY_TYPE = "{BS,S,BOOL,DECIMAL,INTSET,DECIMALSET,N,DICT,SS,M,NULL,FS,FLOAT,NS,HDS,"
			+ "DOUBLESET,L,HD,INT,DOUBLE,B}";

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
			Operand value = operand(between.value());
			Operand lower = operand(between.lower());
			Operand upper = operand(between.upper());
			distinct("BETWEEN", value, lower);
			distinct("BETWEEN", value, upper);
			bounds(lower, upper);
			return new Condition.Between(value, lower, upper);
		}
		if (condition instanceof Condition.In in) {
			return in(in);
		}
		if (condition instanceof Condition.FunctionCondition function) {
			return new Condition.FunctionCondition(function(function.call()));
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
			this.pass.error
				.add("The IN operator is provided with too many operands; number of operands: " + candidates.size());
		}
		candidates.forEach((candidate) -> distinct("IN", value, candidate));
		return new Condition.In(value, candidates);
	}

	private Operand operand(Operand operand) {
		return (operand instanceof Operand.FunctionCall call) ? function(call) : this.pass.operand(operand);
	}

	private Operand.FunctionCall function(Operand.FunctionCall call) {
		List<Operand> arguments = new ArrayList<>();
		for (Operand argument : call.arguments()) {
			arguments.add(operand(argument));
		}
		Operand.FunctionCall resolved = new Operand.FunctionCall(call.name(), arguments);
		Integer arity = ARITY.get(call.name());
		if (arity == null) {
			return resolved;
		}
		if (arguments.size() != arity) {
			this.pass.error.add("Incorrect number of operands for operator or function; operator or function: "
					+ call.name() + ", number of operands: " + arguments.size());
			return resolved;
		}
		switch (call.name()) {
			case "attribute_exists", "attribute_not_exists" -> requirePath(call.name(), arguments.get(0));
			case "attribute_type" -> attributeType(arguments);
			case "begins_with" -> {
				distinct(call.name(), arguments.get(0), arguments.get(1));
				arguments.forEach((argument) -> requireType(call.name(), argument, ValueType.S, ValueType.B));
			}
			case "contains" -> distinct(call.name(), arguments.get(0), arguments.get(1));
			default -> {
				ValueType type = staticType(arguments.get(0));
				if (type == ValueType.N || type == ValueType.BOOL || type == ValueType.NULL) {
					operandType("size", type.descriptor());
				}
			}
		}
		return resolved;
	}

	private void attributeType(List<Operand> arguments) {
		distinct("attribute_type", arguments.get(0), arguments.get(1));
		Operand type = arguments.get(1);
		if (type instanceof Operand.PathOperand) {
			operandType("attribute_type", ANY_TYPE);
		}
		else if (type instanceof Operand.Literal literal && !(literal.value() instanceof Value.S)) {
			operandType("attribute_type", literal.value().type().descriptor());
		}
		else if (type instanceof Operand.Literal literal
				&& ValueType.fromDescriptor(((Value.S) literal.value()).value()) == null) {
			this.pass.error.add("Invalid attribute type name found; type: " + ((Value.S) literal.value()).value()
					+ ", valid types: {N,BS,L,B,NULL,M,S,SS,NS,BOOL}");
		}
		else if (type instanceof Operand.FunctionCall) {
			operandType("attribute_type", ValueType.N.descriptor());
		}
	}

	private void requireType(String function, Operand operand, ValueType... allowed) {
		ValueType type = staticType(operand);
		if (type != null && !List.of(allowed).contains(type)) {
			operandType(function, type.descriptor());
		}
	}

	private void requirePath(String function, Operand operand) {
		if (!(operand instanceof Operand.PathOperand)) {
			this.pass.error.add("Operator or function requires a document path; operator or function: " + function);
		}
	}

	private void distinct(String operator, Operand first, Operand other) {
		if (first instanceof Operand.PathOperand a && other instanceof Operand.PathOperand b && a.equals(b)) {
			this.pass.error.add("The first operand must be distinct from the remaining operands for this operator or "
					+ "function; operator: " + operator + ", first operand: " + a.path().render());
		}
	}

	private void bounds(Operand lower, Operand upper) {
		if (!(lower instanceof Operand.Literal low) || !(upper instanceof Operand.Literal high)) {
			return;
		}
		String operands = "; lower bound operand: AttributeValue: {" + Constants.render(low.value())
				+ "}, upper bound operand: AttributeValue: {" + Constants.render(high.value()) + "}";
		if (low.value().type() != high.value().type()) {
			this.pass.error.add("The BETWEEN operator requires same data type for lower and upper bounds" + operands);
		}
		else if (low.value().type().isScalarKeyType() && ValueOrdering.compare(low.value(), high.value()) > 0) {
			this.pass.error
				.add("The BETWEEN operator requires upper bound to be greater than or equal to lower bound" + operands);
		}
	}

	private void operandType(String function, String type) {
		this.pass.error.add("Incorrect operand type for operator or function; operator or function: " + function
				+ ", operand type: " + type);
	}

	/** The type an operand has before evaluation: a constant's, or N for size(). */
	private static @Nullable ValueType staticType(Operand operand) {
		if (operand instanceof Operand.Literal literal) {
			return literal.value().type();
		}
		if (operand instanceof Operand.FunctionCall call && NameRules.SIZE.equals(call.name())) {
			return ValueType.N;
		}
		return null;
	}

}
