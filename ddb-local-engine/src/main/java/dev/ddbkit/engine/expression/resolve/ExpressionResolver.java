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
import dev.ddbkit.engine.expression.ast.UpdateAction;
import dev.ddbkit.engine.expression.ast.UpdateExpression;
import dev.ddbkit.engine.expression.parse.ExpressionKind;
import dev.ddbkit.engine.expression.parse.ReservedWords;
import dev.ddbkit.engine.expression.resolve.ResolutionErrors.Kind;
import dev.ddbkit.engine.value.Value;

/**
 * Resolves parsed expressions of one request against its ExpressionAttributeNames and
 * ExpressionAttributeValues, and remembers which placeholders the request's expressions
 * used, for DynamoDB's "unused in expressions" check.
 * <p>
 * Source: DynamoDB Developer Guide, "Expression attribute names (aliases) in DynamoDB",
 * "Using expression attribute values in DynamoDB", "Reserved words in DynamoDB".
 */
public final class ExpressionResolver {

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
		Pass pass = new Pass(new ResolutionErrors());
		Condition resolved = new ConditionRules(pass).condition(condition);
		pass.errors.throwIfAny(kind);
		return resolved;
	}

	/** Resolves an update expression and checks its sections, paths and operands. */
	public UpdateExpression resolveUpdate(UpdateExpression update) {
		Pass pass = new Pass(new ResolutionErrors());
		UpdateExpression resolved = new UpdateRules(pass).update(update);
		pass.errors.throwIfAny(ExpressionKind.UPDATE);
		return resolved;
	}

	/** Resolves a projection expression and rejects overlapping paths. */
	public ProjectionExpression resolveProjection(ProjectionExpression projection) {
		Pass pass = new Pass(new ResolutionErrors());
		List<Path> paths = new ArrayList<>();
		for (Path path : projection.paths()) {
			paths.add(pass.path(path));
		}
		UpdateRules.checkPaths(paths, pass.errors);
		pass.errors.throwIfAny(ExpressionKind.PROJECTION);
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

	/** One resolution: placeholder lookups and reserved-word checks, errors collected. */
	final class Pass {

		final ResolutionErrors errors;

		Pass(ResolutionErrors errors) {
			this.errors = errors;
		}

		Path path(Path path) {
			List<PathElement> elements = new ArrayList<>(path.size());
			for (PathElement element : path.elements()) {
				elements.add(element(element));
			}
			return new Path(elements);
		}

		private PathElement element(PathElement element) {
			if (element instanceof PathElement.Attribute attribute && ReservedWords.isReserved(attribute.name())) {
				this.errors.add(Kind.RESERVED_WORD,
						"Attribute name is a reserved keyword; reserved keyword: " + attribute.name());
			}
			if (element instanceof PathElement.NameRef ref) {
				String name = ExpressionResolver.this.names.get(ref.placeholder());
				if (name == null) {
					this.errors.add(Kind.UNDEFINED_PLACEHOLDER,
							"An expression attribute name used in the document path is not defined; attribute name: "
									+ ref.placeholder());
					return element;
				}
				ExpressionResolver.this.usedNames.add(ref.placeholder());
				return new PathElement.Attribute(name);
			}
			return element;
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
					this.errors.add(Kind.UNDEFINED_PLACEHOLDER,
							"An expression attribute value used in expression is not defined; attribute value: "
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
