package dev.ddbkit.mapping.repository.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.ddbkit.mapping.schema.AccessPath;
import dev.ddbkit.mapping.schema.EntitySchema;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;

/**
 * Picks the table or the one index whose key templates serve a {@link DerivedQuery}:
 * every partition variable bound by equality, then a leading run of sort variables by
 * equality, at most one comparison on the next sort variable, and an {@code OrderBy} on
 * that variable. Every other predicate becomes a filter, applied after reading. Among the
 * paths that serve, the one with the fewest filters wins; a tie is an error unless the
 * method names the path with {@code @QueryIndex}; so is a consistent read on a global
 * index. When no path serves, a method with {@code @AllowScan} scans the table with every
 * predicate as a filter.
 */
public final class KeyConditionPlanner {

	/** The {@code @QueryIndex} value naming the table. */
	public static final String TABLE = "";

	private KeyConditionPlanner() {
	}

	/**
	 * Plans a query that must run on a key.
	 * @param schema the entity
	 * @param query the parsed method
	 * @param requestedPath {@code null} to choose, {@link #TABLE} or an index name to
	 * force a path
	 * @param consistentRead whether the method asks for strongly consistent reads
	 * @return the plan
	 * @throws UnservableQueryException with the reasons when no single path serves the
	 * query
	 */
	public static QueryPlan plan(EntitySchema<?> schema, DerivedQuery query, @Nullable String requestedPath,
			boolean consistentRead) {
		return plan(schema, query, requestedPath, consistentRead, false);
	}

	/**
	 * Plans a query.
	 * @param schema the entity
	 * @param query the parsed method
	 * @param requestedPath {@code null} to choose, {@link #TABLE} or an index name to
	 * force a path
	 * @param consistentRead whether the method asks for strongly consistent reads
	 * @param scanAllowed whether the method may scan the table when no key serves it
	 * ({@code @AllowScan})
	 * @return the plan
	 * @throws UnservableQueryException with the reasons when no single path serves the
	 * query
	 */
	public static QueryPlan plan(EntitySchema<?> schema, DerivedQuery query, @Nullable String requestedPath,
			boolean consistentRead, boolean scanAllowed) {
		if (!query.problems().isEmpty()) {
			throw new UnservableQueryException(String.join("; ", query.problems()));
		}
		List<QueryPlan> serving = new ArrayList<>();
		List<String> reasons = new ArrayList<>();
		for (AccessPath path : schema.getAccessPaths()) {
			if (requestedPath != null
					&& !Objects.equals(path.indexName(), TABLE.equals(requestedPath) ? null : requestedPath)) {
				continue;
			}
			List<String> problems = new ArrayList<>();
			QueryPlan plan = tryPlan(path, query, consistentRead, problems);
			if (plan != null) {
				serving.add(plan);
			}
			else {
				reasons.add(path.displayName() + ": " + String.join("; ", problems));
			}
		}
		serving.sort(Comparator.comparingInt((QueryPlan plan) -> plan.filters().size()));
		if (serving.size() == 1
				|| (serving.size() > 1 && serving.get(0).filters().size() < serving.get(1).filters().size())) {
			return serving.get(0);
		}
		if (serving.size() > 1) {
			int fewest = serving.get(0).filters().size();
			throw new UnservableQueryException("ambiguous: " + String.join(" and ",
					serving.stream()
						.filter((plan) -> plan.filters().size() == fewest)
						.map((plan) -> plan.path().displayName())
						.toList())
					+ " all serve it; choose one with @QueryIndex");
		}
		if (requestedPath != null && reasons.isEmpty()) {
			throw new UnservableQueryException(
					"@QueryIndex(\"" + requestedPath + "\") names no index of entity " + schema.getTypeName());
		}
		if (scanAllowed && requestedPath == null) {
			return scan(schema, query, consistentRead);
		}
		throw new UnservableQueryException(
				"no key serves it (" + String.join(" | ", reasons) + ")" + " and it has no @AllowScan");
	}

	private static QueryPlan scan(EntitySchema<?> schema, DerivedQuery query, boolean consistentRead) {
		if (query.sort().isSorted()) {
			throw new UnservableQueryException("a Scan returns items in no particular order, so OrderBy cannot apply");
		}
		return new QueryPlan(schema.getRequiredAccessPath(null), List.of(), null, query.criteria(), true,
				consistentRead, true);
	}

	private static @Nullable QueryPlan tryPlan(AccessPath path, DerivedQuery query, boolean consistentRead,
			List<String> problems) {
		Map<String, DerivedCriterion> equalities = new LinkedHashMap<>();
		for (DerivedCriterion criterion : query.criteria()) {
			if (criterion.isEquality()) {
				equalities.putIfAbsent(criterion.property(), criterion);
			}
		}
		List<String> partition = path.partitionKey().variables();
		List<String> missing = partition.stream().filter((v) -> !equalities.containsKey(v)).toList();
		if (!missing.isEmpty()) {
			problems.add("partition key " + path.partitionKey() + " needs " + missing + " by equality");
		}
		List<String> sortVariables = path.sortVariables();
		int bound = 0;
		while (bound < sortVariables.size() && equalities.containsKey(sortVariables.get(bound))) {
			bound++;
		}
		List<String> keyed = new ArrayList<>(partition);
		keyed.addAll(sortVariables.subList(0, bound));
		String next = (bound < sortVariables.size()) ? sortVariables.get(bound) : null;
		List<DerivedCriterion> keys = new ArrayList<>();
		List<DerivedCriterion> filters = new ArrayList<>();
		DerivedCriterion range = null;
		for (DerivedCriterion criterion : query.criteria()) {
			if (criterion.isEquality() && keyed.contains(criterion.property())
					&& equalities.get(criterion.property()) == criterion) {
				keys.add(criterion);
			}
			else if (range == null && criterion.isSortKeyRange() && criterion.property().equals(next)) {
				range = criterion;
			}
			else {
				filters.add(criterion);
			}
		}
		Boolean forward = direction("OrderBy", query.sort(), sortVariables, bound, problems);
		if (consistentRead && path.global()) {
			problems.add("@ConsistentRead is not possible on a global secondary index");
		}
		if (!problems.isEmpty()) {
			return null;
		}
		return new QueryPlan(path, keys, range, filters, forward == null || forward, consistentRead, false);
	}

	/**
	 * The direction a sort asks for: each order must name a sort key variable bound by
	 * equality, the next one ({@code bound} variables are bound) or the one after the
	 * previous order's, all in one direction.
	 * @param label how the sort was given, for messages ({@code OrderBy}, {@code Sort})
	 * @param sort the orders
	 * @param sortVariables the path's sort key variables
	 * @param bound how many leading sort variables are bound by equality
	 * @param problems where problems are added
	 * @return {@code true} for ascending, {@code false} for descending, {@code null} when
	 * the sort is empty or has problems
	 */
	static @Nullable Boolean direction(String label, Sort sort, List<String> sortVariables, int bound,
			List<String> problems) {
		Boolean forward = null;
		int previous = -1;
		for (Sort.Order order : sort) {
			int position = sortVariables.indexOf(order.getProperty());
			// a variable orders the key when every one before it is bound or ordered
			// before
			boolean follows = position >= 0 && (position <= bound || position == previous + 1);
			previous = position;
			if (!follows) {
				problems.add(label + " " + order.getProperty() + " needs it to be " + ((bound < sortVariables.size())
						? "the sort key variable {" + sortVariables.get(bound) + "}" : "a sort key variable"));
			}
			else if (forward != null && forward != order.isAscending()) {
				problems.add(label + " with mixed directions cannot follow one sort key");
			}
			else {
				forward = order.isAscending();
			}
		}
		return forward;
	}

}
