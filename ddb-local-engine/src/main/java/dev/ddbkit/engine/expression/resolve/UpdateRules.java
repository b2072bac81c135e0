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
import dev.ddbkit.engine.expression.parse.ExpressionKind;
import dev.ddbkit.engine.expression.resolve.ExpressionResolver.Pass;
import dev.ddbkit.engine.value.ValueType;

/**
 * Checks and resolves an update expression after its names: each section once, no two
 * paths that overlap or conflict; then each action, the last written first: placeholders,
 * path depth, operand counts, the path if_not_exists needs, constant operand types of
 * {@code +}, {@code -}, list_append, ADD and DELETE.
 * <p>
 * Source: DynamoDB Developer Guide, "Using update expressions in DynamoDB". Order of
 * checks and message texts as DynamoDB Local 3.x reports them.
 */
final class UpdateRules {

	private final Pass pass;

	UpdateRules(Pass pass) {
		this.pass = pass;
	}

	void checkBeforeResolving(UpdateExpression update) {
		FirstError sections = new FirstError();
		Set<String> seen = new HashSet<>();
		for (String section : update.sections()) {
			if (!seen.add(section)) {
				sections.add("The \"" + section + "\" section can only be used once in an update expression;");
			}
		}
		sections.throwIfAny(ExpressionKind.UPDATE);
		checkPaths(update.actions().stream().map((action) -> this.pass.lenientPath(action.path())).toList(),
				ExpressionKind.UPDATE);
	}

	/** Resolves the actions, checking them from the last written to the first. */
	UpdateExpression resolve(UpdateExpression update) {
		List<UpdateAction> actions = new ArrayList<>(update.actions());
		for (int i = actions.size() - 1; i >= 0; i--) {
			actions.set(i, action(actions.get(i)));
		}
		this.pass.error.throwIfAny(ExpressionKind.UPDATE);
		return new UpdateExpression(update.sections(), actions);
	}

	private UpdateAction action(UpdateAction action) {
		Path path = this.pass.path(action.path());
		if (action instanceof UpdateAction.Set set) {
			return new UpdateAction.Set(path, setValue(set.value()));
		}
		if (action instanceof UpdateAction.Add add) {
			return new UpdateAction.Add(path, addDeleteOperand("ADD", add.value()));
		}
		if (action instanceof UpdateAction.Delete delete) {
			return new UpdateAction.Delete(path, addDeleteOperand("DELETE", delete.value()));
		}
		return new UpdateAction.Remove(path);
	}

	/** ADD takes a number or a set, DELETE a set. */
	private Operand addDeleteOperand(String operator, Operand operand) {
		Operand resolved = this.pass.operand(operand);
		if (resolved instanceof Operand.Literal literal) {
			ValueType type = literal.value().type();
			boolean allowed = type.isSet() || (operator.equals("ADD") && type == ValueType.N);
			if (!allowed) {
				this.pass.error
					.add("Incorrect operand type for operator or function; operator: " + operator + ", operand type: "
							+ Constants.typeWord(type) + ", typeSet: ALLOWED_FOR_" + operator + "_OPERAND");
			}
		}
		return resolved;
	}

	private Operand setValue(Operand value) {
		if (value instanceof Operand.Arithmetic arithmetic) {
			Operand left = setOperand(arithmetic.left());
			Operand right = setOperand(arithmetic.right());
			for (Operand operand : List.of(left, right)) {
				if (operand instanceof Operand.Literal literal && literal.value().type() != ValueType.N) {
					operandType(arithmetic.operator(), literal.value().type());
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
		if (arguments.size() != 2) {
			this.pass.error.add("Incorrect number of operands for operator or function; operator or function: "
					+ call.name() + ", number of operands: " + arguments.size());
		}
		else if (call.name().equals("if_not_exists")) {
			if (!(arguments.get(0) instanceof Operand.PathOperand)) {
				this.pass.error
					.add("Operator or function requires a document path; operator or function: if_not_exists");
			}
		}
		else {
			for (Operand argument : arguments) {
				if (argument instanceof Operand.Literal literal && literal.value().type() != ValueType.L) {
					operandType("list_append", literal.value().type());
				}
			}
		}
		return new Operand.FunctionCall(call.name(), arguments);
	}

	private void operandType(String operator, ValueType type) {
		this.pass.error.add("Incorrect operand type for operator or function; operator or function: " + operator
				+ ", operand type: " + type.descriptor());
	}

	/**
	 * Rejects two paths where one is a prefix of the other ("overlap"), else two paths
	 * that step into the same place once by list index and once by map key ("conflict");
	 * of several pairs, the last one found is reported, as DynamoDB Local does.
	 */
	static void checkPaths(List<Path> paths, ExpressionKind kind) {
		String overlap = null;
		String conflict = null;
		for (int i = 0; i < paths.size(); i++) {
			for (int j = i + 1; j < paths.size(); j++) {
				Path one = paths.get(i);
				Path two = paths.get(j);
				String pair = "must remove or rewrite one of these paths; path one: " + one.render() + ", path two: "
						+ two.render();
				if (one.isPrefixOf(two) || two.isPrefixOf(one)) {
					overlap = "Two document paths overlap with each other; " + pair;
				}
				else if (conflict(one, two)) {
					conflict = "Two document paths conflict with each other; " + pair;
				}
			}
		}
		if (overlap != null || conflict != null) {
			throw kind.invalid((overlap != null) ? overlap : conflict);
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

}
