package dev.ddbkit.engine.expression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.expression.ast.Comparator;
import dev.ddbkit.engine.expression.eval.LegacyComparison;
import dev.ddbkit.engine.expression.eval.LegacyUpdate;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The legacy request parameters older clients still send, compiled to the same types as
 * expressions: Expected (with ConditionalOperator) to a {@link DynamoCondition},
 * QueryFilter and ScanFilter to a {@link DynamoCondition}, KeyConditions to a
 * {@link KeyCondition}, AttributeUpdates to a {@link DynamoUpdate} and AttributesToGet to
 * a {@link DynamoProjection}. Problems are ValidationExceptions with DynamoDB's messages
 * ("One or more parameter values were invalid: Invalid number of argument(s) for the
 * BETWEEN ComparisonOperator").
 * <p>
 * Source: DynamoDB Developer Guide, "Legacy conditional parameters"; API Reference,
 * "Condition", "ExpectedAttributeValue", "AttributeValueUpdate".
 */
public final class LegacyParameters {

	private static final String INVALID = "One or more parameter values were invalid: ";

	private LegacyParameters() {
	}

	/**
	 * One condition entry: ComparisonOperator with AttributeValueList (or Value), or the
	 * older Value/Exists form of Expected.
	 *
	 * @param comparisonOperator EQ, NE, ..., or {@code null} for the Value/Exists form
	 * @param attributeValueList the arguments, or {@code null}
	 * @param value Expected's Value, or {@code null}
	 * @param exists Expected's Exists, or {@code null}
	 */
	public record Condition(@Nullable String comparisonOperator, @Nullable List<Value> attributeValueList,
			@Nullable Value value, @Nullable Boolean exists) {

		/** A ComparisonOperator with its AttributeValueList. */
		public static Condition of(String comparisonOperator, Value... attributeValueList) {
			return new Condition(comparisonOperator, List.of(attributeValueList), null, null);
		}

	}

	/**
	 * Compiles Expected. {@code conditionalOperator} is AND (the default) or OR.
	 */
	public static DynamoCondition expected(Map<String, Condition> expected, @Nullable String conditionalOperator) {
		return combine(comparisons(expected), conditionalOperator);
	}

	/**
	 * Compiles QueryFilter or ScanFilter; a QueryFilter may not name key attributes
	 * ("QueryFilter can only contain non-primary key attributes: Primary key attribute:
	 * pk").
	 * @param parameter {@code QueryFilter} or {@code ScanFilter}
	 * @param keyAttributeNames the key attributes a Query's filter may not use; empty for
	 * Scan
	 */
	public static DynamoCondition filter(String parameter, Map<String, Condition> filter,
			@Nullable String conditionalOperator, Set<String> keyAttributeNames) {
		List<LegacyComparison> comparisons = comparisons(filter);
		for (LegacyComparison comparison : comparisons) {
			if (keyAttributeNames.contains(comparison.attribute())) {
				throw EngineException.validation(
						"%s can only contain non-primary key attributes: Primary key attribute: %s", parameter,
						comparison.attribute());
			}
		}
		return combine(comparisons, conditionalOperator);
	}

	/** Compiles KeyConditions for a table or index with these key attributes. */
	public static KeyCondition keyConditions(Map<String, Condition> conditions, String partitionKeyName,
			@Nullable String sortKeyName) {
		if (conditions.isEmpty() || conditions.size() > 2) {
			throw EngineException.validation("Conditions can be of length 1 or 2 only");
		}
		Value partition = null;
		SortKeyCondition sort = null;
		for (LegacyComparison comparison : comparisons(conditions)) {
			String attribute = comparison.attribute();
			List<Value> values = comparison.values();
			if (attribute.equals(partitionKeyName) && comparison.operator().equals("EQ")) {
				partition = values.get(0);
			}
			else if (attribute.equals(sortKeyName)) {
				sort = sortKey(attribute, comparison.operator(), values);
			}
			else if (attribute.equals(partitionKeyName)) {
				throw EngineException.validation("Query key condition not supported");
			}
			else {
				throw EngineException.validation("Query condition missed key schema element");
			}
		}
		if (partition == null) {
			throw EngineException.validation("Query condition missed key schema element");
		}
		return new KeyCondition(partitionKeyName, partition, sort);
	}

	private static SortKeyCondition sortKey(String attribute, String operator, List<Value> values) {
		return switch (operator) {
			case "EQ", "LT", "LE", "GT", "GE" ->
				SortKeyCondition.comparison(attribute, Comparator.valueOf(operator), values.get(0));
			case "BEGINS_WITH" -> new SortKeyCondition.BeginsWith(attribute, values.get(0));
			case "BETWEEN" -> new SortKeyCondition.Between(attribute, values.get(0), values.get(1));
			default ->
				throw EngineException.validation("Attempted conditional constraint is not an indexable operation");
		};
	}

	/**
	 * Compiles AttributeUpdates: attribute name to Action (PUT, ADD or DELETE;
	 * {@code null} means PUT) and Value.
	 */
	public static DynamoUpdate attributeUpdates(Map<String, LegacyUpdate.Action> updates) {
		Map<String, LegacyUpdate.Action> actions = new LinkedHashMap<>();
		updates.forEach((name, update) -> actions.put(name, LegacyChecks.update(update)));
		LegacyUpdate applier = new LegacyUpdate(actions);
		Set<String> names = Set.copyOf(new LinkedHashSet<>(actions.keySet()));
		return new DynamoUpdate() {

			@Override
			public Item apply(Item item) {
				return applier.apply(item);
			}

			@Override
			public Set<String> attributeNames() {
				return names;
			}

		};
	}

	/**
	 * Compiles AttributesToGet: top-level attributes, no duplicates ("Cannot have two
	 * attributes with the same name", as DynamoDB Local words it).
	 */
	public static DynamoProjection attributesToGet(List<String> attributeNames) {
		Set<String> names = new LinkedHashSet<>();
		for (String name : attributeNames) {
			if (!names.add(name)) {
				throw EngineException.validation("Cannot have two attributes with the same name");
			}
		}
		List<String> ordered = List.copyOf(names);
		return new DynamoProjection() {

			@Override
			public Item apply(Item item) {
				Map<String, Value> projected = new LinkedHashMap<>();
				for (String name : ordered) {
					Value value = item.get(name);
					if (value != null) {
						projected.put(name, value);
					}
				}
				return new Item(projected);
			}

			@Override
			public List<String> attributeNames() {
				return ordered;
			}

		};
	}

	private static List<LegacyComparison> comparisons(Map<String, Condition> conditions) {
		List<LegacyComparison> comparisons = new ArrayList<>();
		conditions.forEach((attribute, condition) -> comparisons.add(LegacyChecks.comparison(attribute, condition)));
		return comparisons;
	}

	private static DynamoCondition combine(List<LegacyComparison> comparisons, @Nullable String conditionalOperator) {
		boolean any = "OR".equals(conditionalOperator);
		if (conditionalOperator != null && !any && !"AND".equals(conditionalOperator)) {
			throw EngineException.validation("1 validation error detected: Value '" + conditionalOperator
					+ "' at 'conditionalOperator' failed to satisfy constraint: Member must satisfy enum value set: [OR, AND]");
		}
		return any ? (item) -> comparisons.stream().anyMatch((c) -> c.test(item))
				: (item) -> comparisons.stream().allMatch((c) -> c.test(item));
	}

}
