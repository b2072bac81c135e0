package dev.ddbkit.mapping.query;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ddbkit.mapping.convert.SortableValues;
import dev.ddbkit.mapping.schema.AccessPath;
import dev.ddbkit.mapping.schema.KeyTemplate;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Compiles property values into a {@link KeyCondition} on one {@link AccessPath}.
 * <p>
 * The partition template must be fully bound by equalities. The sort template may be
 * bound from the left by equalities; the next variable may carry one
 * {@link SortCriterion}. Bounds keep the query inside the entity's items: an unbound tail
 * becomes {@code begins_with} on a prefix that ends on a separator; a range on a leading
 * component of a composite key is bounded by the literal text before it and after it.
 * Ranges on a leading component assume that the separator sorts below the characters of
 * the component's values (true for {@code #} and sort-safe dates, times and numbers).
 */
public final class KeyConditions {

	/**
	 * The greatest code point, U+10FFFF: an inclusive upper bound above every ordinary
	 * string with a prefix.
	 */
	static final String TOP = new String(Character.toChars(Character.MAX_CODE_POINT));

	private KeyConditions() {
	}

	/**
	 * Compiles a key condition.
	 * @param path the table or index
	 * @param equalities property name to value for partition variables and leading sort
	 * variables
	 * @param criterion a comparison on the next sort variable, or {@code null}
	 * @return the condition
	 * @throws InvalidDataAccessApiUsageException when the values do not fit the path's
	 * templates
	 */
	public static KeyCondition compile(AccessPath path, Map<String, ?> equalities, @Nullable SortCriterion criterion) {
		Map<String, String> rendered = new LinkedHashMap<>();
		equalities.forEach((name, value) -> {
			if (value == null) {
				throw new InvalidDataAccessApiUsageException("Key property " + name + " must not be null");
			}
			rendered.put(name, SortableValues.forKey(value));
		});
		String partition = path.partitionKey().renderOrNull(rendered::get);
		if (partition == null) {
			throw new InvalidDataAccessApiUsageException(
					"The " + path.displayName() + " needs " + path.partitionKey().variables()
							+ " to render partition key " + path.partitionKey() + ", got " + equalities.keySet());
		}
		KeyTemplate sort = path.sortKey();
		List<String> sortVariables = path.sortVariables();
		int bound = 0;
		while (bound < sortVariables.size() && rendered.containsKey(sortVariables.get(bound))) {
			bound++;
		}
		for (String name : equalities.keySet()) {
			boolean inPartition = path.partitionKey().variables().contains(name);
			if (!inPartition && !sortVariables.subList(0, bound).contains(name)) {
				throw new InvalidDataAccessApiUsageException("Property " + name + " is not a key of the "
						+ path.displayName() + " that can be bound here; key templates are " + path.describe());
			}
		}
		if (criterion == null) {
			return new KeyCondition(path, partition, wholeOrPrefix(sort, rendered, bound), false);
		}
		if (sort == null || bound >= sortVariables.size() || !sortVariables.get(bound).equals(criterion.property())) {
			throw new InvalidDataAccessApiUsageException("A comparison on " + criterion.property()
					+ " needs it to be the next unbound variable of the sort key of the " + path.describe());
		}
		return range(path, partition, sort, rendered, criterion);
	}

	private static @Nullable SortKeyCondition wholeOrPrefix(@Nullable KeyTemplate sort, Map<String, String> rendered,
			int bound) {
		if (sort == null) {
			return null;
		}
		if (bound == sort.variables().size()) {
			return new SortKeyCondition(SortOperator.EQUAL, sort.render(rendered), null);
		}
		String prefix = sort.boundPrefix(rendered);
		return prefix.isEmpty() ? null : new SortKeyCondition(SortOperator.BEGINS_WITH, prefix, null);
	}

	private static KeyCondition range(AccessPath path, String partition, KeyTemplate sort, Map<String, String> rendered,
			SortCriterion criterion) {
		String before = sort.prefixBefore(criterion.property(), rendered);
		String after = sort.literalAfter(criterion.property());
		String value = SortableValues.forKey(criterion.value());
		if (criterion.operator() == SortOperator.BEGINS_WITH) {
			return new KeyCondition(path, partition,
					new SortKeyCondition(SortOperator.BEGINS_WITH, before + value, null), false);
		}
		if (criterion.operator() == SortOperator.EQUAL) {
			Map<String, String> withValue = new LinkedHashMap<>(rendered);
			withValue.put(criterion.property(), value);
			return new KeyCondition(path, partition, wholeOrPrefix(sort, withValue, countBound(sort, withValue)),
					false);
		}
		// lower: inclusive; upper: inclusive unless upperExclusive
		String lower = null;
		String upper = null;
		boolean upperExclusive = false;
		switch (criterion.operator()) {
			case GREATER_THAN -> lower = before + value + ((after != null) ? successor(after.charAt(0)) : "\u0000");
			case GREATER_THAN_OR_EQUAL -> lower = before + value;
			case LESS_THAN -> {
				upper = before + value;
				upperExclusive = true;
			}
			case LESS_THAN_OR_EQUAL -> {
				upper = before + value + ((after != null) ? successor(after.charAt(0)) : "");
				upperExclusive = after != null;
			}
			case BETWEEN -> {
				lower = before + value;
				Object high = criterion.upper();
				if (high == null) {
					throw new InvalidDataAccessApiUsageException(
							"BETWEEN on " + criterion.property() + " needs two values");
				}
				upper = before + SortableValues.forKey(high) + ((after != null) ? successor(after.charAt(0)) : "");
				upperExclusive = after != null;
			}
			default -> throw new IllegalStateException(criterion.operator().name());
		}
		if (lower == null && !before.isEmpty()) {
			lower = before;
		}
		if (upper == null && !before.isEmpty()) {
			upper = before.substring(0, before.length() - 1) + successor(before.charAt(before.length() - 1));
			upperExclusive = true;
		}
		return new KeyCondition(path, partition, bounds(lower, upper, upperExclusive),
				isEmpty(lower, upper, upperExclusive));
	}

	private static SortKeyCondition bounds(@Nullable String lower, @Nullable String upper, boolean upperExclusive) {
		if (upper == null) {
			return new SortKeyCondition(SortOperator.GREATER_THAN_OR_EQUAL, lower, null);
		}
		if (lower == null) {
			return new SortKeyCondition(upperExclusive ? SortOperator.LESS_THAN : SortOperator.LESS_THAN_OR_EQUAL,
					upper, null);
		}
		String high = upperExclusive ? predecessor(upper) : upper;
		return new SortKeyCondition(SortOperator.BETWEEN, lower, high);
	}

	private static boolean isEmpty(@Nullable String lower, @Nullable String upper, boolean upperExclusive) {
		if (lower == null || upper == null) {
			return upper != null && upperExclusive && upper.isEmpty();
		}
		int comparison = compareUtf8(lower, upper);
		return upperExclusive ? comparison >= 0 : comparison > 0;
	}

	private static int countBound(KeyTemplate sort, Map<String, String> rendered) {
		int bound = 0;
		while (bound < sort.variables().size() && rendered.containsKey(sort.variables().get(bound))) {
			bound++;
		}
		return bound;
	}

	/**
	 * The next character, for an exclusive bound just above every string that continues
	 * with {@code c}.
	 */
	static String successor(char c) {
		return String.valueOf((char) (c + 1));
	}

	/**
	 * The inclusive bound just below an exclusive one: its last character decremented,
	 * followed by U+10FFFF. Misses only strings that continue with U+10FFFF themselves.
	 */
	static String predecessor(String exclusive) {
		char last = exclusive.charAt(exclusive.length() - 1);
		return exclusive.substring(0, exclusive.length() - 1) + (char) (last - 1) + TOP;
	}

	/** Compares as DynamoDB compares S values: by unsigned UTF-8 bytes. */
	static int compareUtf8(String a, String b) {
		return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
	}

}
