package dev.ddbkit.engine.expression;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.expression.ast.Condition;
import dev.ddbkit.engine.expression.ast.Path;
import dev.ddbkit.engine.expression.ast.ProjectionExpression;
import dev.ddbkit.engine.expression.ast.UpdateExpression;
import dev.ddbkit.engine.expression.eval.ConditionEvaluator;
import dev.ddbkit.engine.expression.eval.NestingLimit;
import dev.ddbkit.engine.expression.eval.ProjectionApplier;
import dev.ddbkit.engine.expression.eval.UpdateApplier;
import dev.ddbkit.engine.expression.parse.ExpressionKind;
import dev.ddbkit.engine.expression.parse.ExpressionParser;
import dev.ddbkit.engine.expression.resolve.ExpressionResolver;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Compiles the expressions of one request against its ExpressionAttributeNames and
 * ExpressionAttributeValues. Create one per request, compile each expression the request
 * carries, then call {@link #verifyAllUsed()}.
 * <p>
 * Every problem is an {@link EngineException} of type ValidationException with DynamoDB's
 * message, e.g. {@code Invalid ConditionExpression: Syntax error; token:
 * "b", near: "a b"}, {@code Invalid UpdateExpression: An expression attribute value used
 * in expression is not defined; attribute value: :x}.
 * <p>
 * Source: DynamoDB Developer Guide, "Using expressions in DynamoDB" and its pages on
 * condition, update, projection and key condition expressions.
 */
public final class ExpressionCompiler {

	private static final Pattern NAME_KEY = Pattern.compile("#[0-9A-Za-z_]+");

	private static final Pattern VALUE_KEY = Pattern.compile(":[0-9A-Za-z_]+");

	private final ExpressionResolver resolver;

	/** Whether the request carries no ExpressionAttributeNames or Values at all. */
	private final boolean noPlaceholders;

	/**
	 * @param names ExpressionAttributeNames, or {@code null} (an empty map counts as
	 * absent)
	 * @param values ExpressionAttributeValues, already validated as attribute values, or
	 * {@code null}
	 * @throws EngineException when a key is not {@code #word} or {@code :word}
	 * ("ExpressionAttributeNames contains invalid key: Syntax error; key: "a"") or a
	 * value is nested deeper than 32 levels
	 */
	public ExpressionCompiler(@Nullable Map<String, String> names, @Nullable Map<String, Value> values) {
		Map<String, String> nameMap = (names != null) ? names : Map.of();
		Map<String, Value> valueMap = (values != null) ? values : Map.of();
		checkKeys("ExpressionAttributeNames", nameMap.keySet(), NAME_KEY);
		checkKeys("ExpressionAttributeValues", valueMap.keySet(), VALUE_KEY);
		valueMap.values().forEach(NestingLimit::check);
		this.resolver = new ExpressionResolver(nameMap, valueMap);
		this.noPlaceholders = nameMap.isEmpty() && valueMap.isEmpty();
	}

	private static void checkKeys(String parameter, Set<String> keys, Pattern pattern) {
		for (String key : keys) {
			if (!pattern.matcher(key).matches()) {
				throw EngineException.validation("%s contains invalid key: Syntax error; key: \"%s\"", parameter, key);
			}
		}
	}

	/** Compiles a ConditionExpression. */
	public DynamoCondition condition(String expression) {
		ConditionEvaluator evaluator = new ConditionEvaluator(resolve(expression, ExpressionKind.CONDITION));
		return evaluator::test;
	}

	/**
	 * Compiles a FilterExpression of a Query, which may not name the key attributes of
	 * the table or index queried ("Filter Expression can only contain non-primary key
	 * attributes: Primary key attribute: pk") nor read into them ("Key attributes must be
	 * scalars; list random access '[]' and map lookup '.' are not allowed: Key: pk").
	 * @param keyAttributeNames the key attributes, partition key first: the first one the
	 * filter names is reported
	 */
	public DynamoCondition filter(String expression, Set<String> keyAttributeNames) {
		Condition condition = resolve(expression, ExpressionKind.FILTER);
		List<Path> paths = ConditionPaths.of(condition);
		checkNestedKeys(paths, keyAttributeNames);
		for (String key : keyAttributeNames) {
			if (paths.stream().anyMatch((path) -> path.attributeName().equals(key))) {
				throw EngineException.validation(
						"Filter Expression can only contain non-primary key attributes: Primary key attribute: %s",
						key);
			}
		}
		ConditionEvaluator evaluator = new ConditionEvaluator(condition);
		return evaluator::test;
	}

	/**
	 * Compiles a FilterExpression of a Scan: key attributes may be compared, not read
	 * into ("Key attributes must be scalars; ...").
	 * @param keyAttributeNames the key attributes of the table or index scanned
	 */
	public DynamoCondition scanFilter(String expression, Set<String> keyAttributeNames) {
		Condition condition = resolve(expression, ExpressionKind.FILTER);
		checkNestedKeys(ConditionPaths.of(condition), keyAttributeNames);
		ConditionEvaluator evaluator = new ConditionEvaluator(condition);
		return evaluator::test;
	}

	private static void checkNestedKeys(List<Path> paths, Set<String> keyAttributeNames) {
		for (Path path : paths) {
			if (!path.isTopLevel() && keyAttributeNames.contains(path.attributeName())) {
				throw KeyConditionAnalyzer.nestedKey(path.attributeName());
			}
		}
	}

	/**
	 * Compiles a KeyConditionExpression for a table or index with these key attributes.
	 */
	public KeyCondition keyCondition(String expression, String partitionKeyName, @Nullable String sortKeyName) {
		Condition condition = resolve(expression, ExpressionKind.KEY_CONDITION);
		return new KeyConditionAnalyzer(partitionKeyName, sortKeyName).analyze(condition);
	}

	/**
	 * Compiles an UpdateExpression.
	 * @throws EngineException for syntax errors, repeated sections, functions other than
	 * if_not_exists and list_append, constant operands of the wrong type ("Incorrect
	 * operand type for operator or function; operator: ADD, operand type: STRING") and
	 * overlapping paths ("Two document paths overlap with each other; must remove or
	 * rewrite one of these paths; path one: [a, b], path two: [a]")
	 */
	public DynamoUpdate update(String expression) {
		UpdateExpression parsed = ExpressionParser.parseUpdate(expression);
		UpdateApplier applier = new UpdateApplier(this.resolver.resolveUpdate(parsed));
		return new DynamoUpdate() {

			@Override
			public Item apply(Item item) {
				return applier.apply(item);
			}

			@Override
			public Set<String> attributeNames() {
				return applier.attributeNames();
			}

		};
	}

	/** Compiles a ProjectionExpression. */
	public DynamoProjection projection(String expression) {
		ProjectionExpression parsed = ExpressionParser.parseProjection(expression);
		ProjectionApplier applier = new ProjectionApplier(this.resolver.resolveProjection(parsed));
		return new DynamoProjection() {

			@Override
			public Item apply(Item item) {
				return applier.apply(item);
			}

			@Override
			public List<String> attributeNames() {
				return applier.attributeNames();
			}

		};
	}

	/**
	 * Fails with DynamoDB's message when an ExpressionAttributeNames or
	 * ExpressionAttributeValues entry was used by no compiled expression ("Value provided
	 * in ExpressionAttributeValues unused in expressions: keys: {:x}"); names are checked
	 * first.
	 */
	public void verifyAllUsed() {
		if (this.noPlaceholders) {
			return;
		}
		List<String> names = this.resolver.unusedNames();
		if (!names.isEmpty()) {
			throw EngineException.validation(
					"Value provided in ExpressionAttributeNames unused in expressions: keys: {%s}",
					String.join(", ", names));
		}
		List<String> values = this.resolver.unusedValues();
		if (!values.isEmpty()) {
			throw EngineException.validation(
					"Value provided in ExpressionAttributeValues unused in expressions: keys: {%s}",
					String.join(", ", values));
		}
	}

	private Condition resolve(String expression, ExpressionKind kind) {
		return this.resolver.resolveCondition(ExpressionParser.parseCondition(expression, kind), kind);
	}

}
