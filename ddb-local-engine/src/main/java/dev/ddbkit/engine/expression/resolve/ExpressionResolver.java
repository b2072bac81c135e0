package dev.ddbkit.engine.expression.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ddbkit.engine.expression.ast.Condition;
import dev.ddbkit.engine.expression.ast.Operand;
import dev.ddbkit.engine.expression.ast.Path;
import dev.ddbkit.engine.expression.ast.PathElement;
import dev.ddbkit.engine.expression.ast.ProjectionExpression;
import dev.ddbkit.engine.expression.ast.UpdateExpression;
import dev.ddbkit.engine.expression.parse.ExpressionKind;
import dev.ddbkit.engine.value.Value;

/**
 * Resolves parsed expressions of one request against its ExpressionAttributeNames and
 * ExpressionAttributeValues, checks them, and remembers which placeholders the request's
 * expressions used, for DynamoDB's "unused in expressions" check.
 * <p>
 * Checks run in passes, as DynamoDB Local 3.x reports them: names (reserved words, list
 * index range, function names), the operator count, then for updates repeated sections
 * and overlapping or conflicting paths, and last placeholders, path depth, operand counts
 * and operand types: in the order written for conditions, from the last action to the
 * first for updates. The first problem of the first failing pass is reported.
 * <p>
 * Source: DynamoDB Developer Guide, "Expression attribute names (aliases) in DynamoDB",
 * "Using expression attribute values in DynamoDB", "Reserved words in DynamoDB".
 */
public final class ExpressionResolver {

	/** The deepest document path: an attribute and 31 nested steps. */
	static final int MAX_PATH_DEPTH = 32;

	private final Map<String, String> names;

	private final Map<String, Value> values;

	private final Set<String> usedNames = new LinkedHashSet<>();

	private final Set<String> usedValues = new LinkedHashSet<>();

	public ExpressionResolver(Map<String, String> names, Map<String, Value> values) {
		this.names = names;
		this.values = values;
	}

	/**
	 * Resolves a condition, filter or key condition and checks its functions and
	 * operands.
	 * @throws dev.ddbkit.engine.error.EngineException ValidationException with DynamoDB's
	 * message for the first problem
	 */
	public Condition resolveCondition(Condition condition, ExpressionKind kind) {
		new NameRules().condition(condition).throwIfAny(kind);
		FirstError operators = new FirstError();
		OperatorCount.check(OperatorCount.of(condition), operators);
		operators.throwIfAny(kind);
		Pass pass = new Pass();
		Condition resolved = new ConditionRules(pass).condition(condition);
		pass.error.throwIfAny(kind);
		return resolved;
	}

	/** Resolves an update expression and checks its sections, paths and operands. */
	public UpdateExpression resolveUpdate(UpdateExpression update) {
		ExpressionKind kind = ExpressionKind.UPDATE;
		new NameRules().update(update).throwIfAny(kind);
		FirstError operators = new FirstError();
		OperatorCount.check(OperatorCount.of(update), operators);
		operators.throwIfAny(kind);
		UpdateRules rules = new UpdateRules(new Pass());
		rules.checkBeforeResolving(update);
		return rules.resolve(update);
	}

	/** Resolves a projection expression and rejects overlapping paths. */
	public ProjectionExpression resolveProjection(ProjectionExpression projection) {
		ExpressionKind kind = ExpressionKind.PROJECTION;
		new NameRules().projection(projection).throwIfAny(kind);
		Pass pass = new Pass();
		UpdateRules.checkPaths(projection.paths().stream().map(pass::lenientPath).toList(), kind);
		List<Path> paths = new ArrayList<>();
		for (Path path : projection.paths()) {
			paths.add(pass.path(path));
		}
		pass.error.throwIfAny(kind);
		return new ProjectionExpression(paths);
	}

	/**
	 * The names of ExpressionAttributeNames no resolved expression used, in map order.
	 */
	public List<String> unusedNames() {
		return this.names.keySet().stream().filter((name) -> !this.usedNames.contains(name)).toList();
	}

	/**
	 * The names of ExpressionAttributeValues no resolved expression used, in map order.
	 */
	public List<String> unusedValues() {
		return this.values.keySet().stream().filter((name) -> !this.usedValues.contains(name)).toList();
	}

	/** One resolution: placeholder lookups and path depth, the first problem kept. */
	final class Pass {

		final FirstError error = new FirstError();

		/** Resolves names, reporting undefined names and paths nested too deep. */
		Path path(Path path) {
			List<PathElement> elements = new ArrayList<>(path.size());
			for (PathElement element : path.elements()) {
				if (element instanceof PathElement.NameRef ref) {
					String name = ExpressionResolver.this.names.get(ref.placeholder());
					if (name == null) {
						this.error.add("An expression attribute name used in the document path is not defined; "
								+ "attribute name: " + ref.placeholder());
						elements.add(element);
						continue;
					}
					ExpressionResolver.this.usedNames.add(ref.placeholder());
					elements.add(new PathElement.Attribute(name));
				}
				else {
					elements.add(element);
				}
			}
			if (path.size() > MAX_PATH_DEPTH) {
				this.error.add("The document path has too many nesting levels; nesting levels: " + path.size());
			}
			return new Path(elements);
		}

		/**
		 * Resolves names where defined, silently: for checks that run before resolution.
		 */
		Path lenientPath(Path path) {
			List<PathElement> elements = new ArrayList<>(path.size());
			for (PathElement element : path.elements()) {
				String name = (element instanceof PathElement.NameRef ref)
						? ExpressionResolver.this.names.get(ref.placeholder()) : null;
				elements.add((name != null) ? new PathElement.Attribute(name) : element);
			}
			return new Path(elements);
		}

		/**
		 * Resolves paths and value placeholders; functions are resolved by the caller.
		 */
		Operand operand(Operand operand) {
			if (operand instanceof Operand.PathOperand path) {
				return new Operand.PathOperand(path(path.path()));
			}
			if (operand instanceof Operand.ValueRef ref) {
				Value value = ExpressionResolver.this.values.get(ref.placeholder());
				if (value == null) {
					this.error.add("An expression attribute value used in expression is not defined; attribute value: "
							+ ref.placeholder());
					return operand;
				}
				ExpressionResolver.this.usedValues.add(ref.placeholder());
				return new Operand.Literal(ref.placeholder(), value);
			}
			return operand;
		}

	}

}
