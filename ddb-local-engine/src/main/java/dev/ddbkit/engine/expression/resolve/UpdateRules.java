package dev.ddbkit.engine.expression.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.ddbkit.engine.expression.ast.Operand;
import dev.ddbkit.engine.expression.ast.Path;
import dev.ddbkit.engine.expression.ast.PathElement;
import dev.ddbkit.engine.expression.ast.UpdateAction;
import dev.ddbkit.engine.expression.ast.UpdateExpression;
import dev.ddbkit.engine.expression.resolve.ExpressionResolver.Pass;
import dev.ddbkit.engine.expression.resolve.ResolutionErrors.Kind;
import dev.ddbkit.engine.value.ValueType;

/**
 * Resolves an update expression and checks it as DynamoDB does: each section once, the
 * functions {@code if_not_exists} and {@code list_append} only, the types of constant
 * operands of {@code +}, {@code -}, {@code list_append}, ADD and DELETE, and no two paths
 * that overlap or conflict.
 * <p>
 * Source: DynamoDB Developer Guide, "Using update expressions in DynamoDB".
 */
final class UpdateRules {

	private static final String IF_NOT_EXISTS = "if_not_exists";

	private static final String LIST_APPEND = "list_append";

	private final Pass pass;

	UpdateRules(Pass pass) {
		this.pass = pass;
	}

	UpdateExpression update(UpdateExpression update) {
		Set<String> seen = new HashSet<>();
		for (String section : update.sections()) {
			if (!seen.add(section)) {
				this.pass.errors.add(Kind.REPEATED_SECTION,
						"The \"" + section + "\" section can only be used once in an update expression;");
			}
		}
		List<UpdateAction> actions = new ArrayList<>();
		List<Path> paths = new ArrayList<>();
		for (UpdateAction action : update.actions()) {
			UpdateAction resolved = action(action);
			actions.add(resolved);
			paths.add(resolved.path());
		}
		checkPaths(paths, this.pass.errors);
		return new UpdateExpression(update.sections(), actions);
	}

	private UpdateAction action(UpdateAction action) {
		Path path = this.pass.path(action.path());
		if (action instanceof UpdateAction.Set set) {
			return new UpdateAction.Set(path, setValue(set.value()));
		}
		if (action instanceof UpdateAction.Add add) {
			Operand value = this.pass.operand(add.value());
			ValueType type = staticType(value);
			if (type != null && type != ValueType.N && !type.isSet()) {
				addDeleteOperand("ADD", type);
			}
			return new UpdateAction.Add(path, value);
		}
		if (action instanceof UpdateAction.Delete delete) {
			Operand value = this.pass.operand(delete.value());
			ValueType type = staticType(value);
			if (type != null && !type.isSet()) {
				addDeleteOperand("DELETE", type);
			}
			return new UpdateAction.Delete(path, value);
		}
		return new UpdateAction.Remove(path);
	}

	private Operand setValue(Operand value) {
		if (value instanceof Operand.Arithmetic arithmetic) {
			Operand left = setOperand(arithmetic.left());
			Operand right = setOperand(arithmetic.right());
			for (Operand operand : List.of(left, right)) {
				ValueType type = staticType(operand);
				if (type != null && type != ValueType.N) {
					operandType(arithmetic.operator(), type);
				}
			}
			return new Operand.Arithmetic(left, arithmetic.plus(), right);
		}
		return setOperand(value);
	}

	private Operand setOperand(Operand operand) {
		if (!(operand instanceof Operand.FunctionCall call)) {
			return this.pass.operand(operand);
		}
		List<Operand> arguments = new ArrayList<>();
		for (Operand argument : call.arguments()) {
			arguments.add(setOperand(argument));
		}
		Operand.FunctionCall resolved = new Operand.FunctionCall(call.name(), arguments);
		if (!IF_NOT_EXISTS.equals(call.name()) && !LIST_APPEND.equals(call.name())) {
			this.pass.errors.add(Kind.UNKNOWN_FUNCTION, "Invalid function name; function: " + call.name());
		}
		else if (arguments.size() != 2) {
			this.pass.errors.add(Kind.OPERAND_COUNT, "Incorrect number of operands for operator or function; "
					+ "operator or function: " + call.name() + ", number of operands: " + arguments.size());
		}
		else if (IF_NOT_EXISTS.equals(call.name())) {
			if (!(arguments.get(0) instanceof Operand.PathOperand)) {
				this.pass.errors.add(Kind.OPERAND_TYPE,
						"Operator or function requires a document path; operator or function: " + IF_NOT_EXISTS);
			}
		}
		else {
			for (Operand argument : arguments) {
				ValueType type = staticType(argument);
				if (type != null && type != ValueType.L) {
					operandType(LIST_APPEND, type);
				}
			}
		}
		return resolved;
	}

	/**
	 * Rejects two paths where one is a prefix of the other ("overlap"), then two paths
	 * that step into the same place once by list index and once by map key ("conflict").
	 */
	static void checkPaths(List<Path> paths, ResolutionErrors errors) {
		for (int i = 0; i < paths.size(); i++) {
			for (int j = i + 1; j < paths.size(); j++) {
				Path one = paths.get(i);
				Path two = paths.get(j);
				if (one.isPrefixOf(two) || two.isPrefixOf(one)) {
					errors.add(Kind.OVERLAPPING_PATHS,
							"Two document paths overlap with each other; "
									+ "must remove or rewrite one of these paths; path one: " + one.render()
									+ ", path two: " + two.render());
				}
				else if (conflict(one, two)) {
					errors.add(Kind.CONFLICTING_PATHS,
							"Two document paths conflict with each other; "
									+ "must remove or rewrite one of these paths; path one: " + one.render()
									+ ", path two: " + two.render());
				}
			}
		}
	}

	private static boolean conflict(Path one, Path two) {
		int common = Math.min(one.size(), two.size());
		for (int i = 0; i < common; i++) {
			PathElement a = one.elements().get(i);
			PathElement b = two.elements().get(i);
			if (!a.equals(b)) {
				return (a instanceof PathElement.Index) != (b instanceof PathElement.Index);
			}
		}
		return false;
	}

	/** The type an operand is known to have before evaluation, or {@code null}. */
	private static ValueType staticType(Operand operand) {
		if (operand instanceof Operand.Literal literal) {
			return literal.value().type();
		}
		if (operand instanceof Operand.FunctionCall call && call.arguments().size() == 2) {
			if (LIST_APPEND.equals(call.name())) {
				return ValueType.L;
			}
			if (IF_NOT_EXISTS.equals(call.name())) {
				return staticType(call.arguments().get(1));
			}
		}
		return null;
	}

	private void operandType(String operator, ValueType type) {
		this.pass.errors.add(Kind.OPERAND_TYPE, "Incorrect operand type for operator or function; "
				+ "operator or function: " + operator + ", operand type: " + type.descriptor());
	}

	private void addDeleteOperand(String operator, ValueType type) {
		this.pass.errors.add(Kind.ADD_DELETE_OPERAND, "Incorrect operand type for operator or function; operator: "
				+ operator + ", operand type: " + Constants.typeWord(type));
	}

}
