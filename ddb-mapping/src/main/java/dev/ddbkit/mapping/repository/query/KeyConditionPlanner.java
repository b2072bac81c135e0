package dev.ddbkit.mapping.repository.query;

import java.util.ArrayList;
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
 * that variable. Ambiguity (two paths serve) is an error unless the method names the path
 * with {@code @QueryIndex}; so is a consistent read on a global index.
 */
public final class KeyConditionPlanner {

	/** The {@code @QueryIndex} value naming the table. */
	public static final String TABLE = "";

	private KeyConditionPlanner() {
	}

	/**
	 * Plans a query.
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
		if (!query.problems().isEmpty()) {
			throw new UnservableQueryException(String.join("; ", query.problems()));
		}
		Map<AccessPath, QueryPlan> serving = new LinkedHashMap<>();
		List<String> reasons = new ArrayList<>();
		for (AccessPath path : schema.getAccessPaths()) {
			if (requestedPath != null
					&& !Objects.equals(path.indexName(), TABLE.equals(requestedPath) ? null : requestedPath)) {
				continue;
			}
			List<String> problems = new ArrayList<>();
			QueryPlan plan = tryPlan(path, query, consistentRead, problems);
			if (plan != null) {
				serving.put(path, plan);
			}
			else {
				reasons.add(path.displayName() + ": " + String.join("; ", problems));
			}
		}
		if (serving.size() == 1) {
			return serving.values().iterator().next();
		}
		if (serving.size() > 1) {
			throw new UnservableQueryException("ambiguous: "
					+ String.join(" and ", serving.keySet().stream().map(AccessPath::displayName).toList())
					+ " all serve it; choose one with @QueryIndex");
		}
		if (requestedPath != null && reasons.isEmpty()) {
			throw new UnservableQueryException(
					"@QueryIndex(\"" + requestedPath + "\") names no index of entity " + schema.getTypeName());
		}
		return failWith(reasons);
	}

	private static QueryPlan failWith(List<String> reasons) {
		throw new UnservableQueryException("no key serves it (" + String.join(" | ", reasons) + ")");
	}

	private static @Nullable QueryPlan tryPlan(AccessPath path, DerivedQuery query, boolean consistentRead,
			List<String> problems) {
		Map<String, DerivedCriterion> equalities = new LinkedHashMap<>();
		List<DerivedCriterion> ranges = new ArrayList<>();
		for (DerivedCriterion criterion : query.criteria()) {
			if (criterion.isEquality()) {
				equalities.put(criterion.property(), criterion);
			}
			else {
				ranges.add(criterion);
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
		List<String> usable = new ArrayList<>(partition);
		usable.addAll(sortVariables.subList(0, bound));
		for (String property : equalities.keySet()) {
			if (!usable.contains(property)) {
				problems.add(property + " is not a partition key variable or a leading sort key variable"
						+ ((path.sortKey() != null) ? " of " + path.sortKey() : ""));
			}
		}
		String next = (bound < sortVariables.size()) ? sortVariables.get(bound) : null;
		if (ranges.size() > 1) {
			problems.add("only one comparison can apply to the sort key, got " + ranges.size());
		}
		else if (ranges.size() == 1 && !ranges.get(0).property().equals(next)) {
			problems.add(ranges.get(0).type().name() + " on " + ranges.get(0).property()
					+ ((next != null) ? " needs it to be the sort key variable {" + next + "} of " + path.sortKey()
							: " needs a sort key variable, and " + path.displayName() + " has none left"));
		}
		Boolean forward = direction(query.sort(), sortVariables, bound, problems);
		if (consistentRead && path.global()) {
			problems.add("@ConsistentRead is not possible on a global secondary index");
		}
		if (!problems.isEmpty()) {
			return null;
		}
		List<DerivedCriterion> bindings = new ArrayList<>(equalities.values());
		return new QueryPlan(path, bindings, ranges.isEmpty() ? null : ranges.get(0), forward == null || forward,
				consistentRead);
	}

	private static @Nullable Boolean direction(Sort sort, List<String> sortVariables, int bound,
			List<String> problems) {
		Boolean forward = null;
		for (Sort.Order order : sort) {
			int position = sortVariables.indexOf(order.getProperty());
			if (position < 0 || position > bound) {
				problems.add("OrderBy " + order.getProperty() + " needs it to be " + ((bound < sortVariables.size())
						? "the sort key variable {" + sortVariables.get(bound) + "}" : "a sort key variable"));
			}
			else if (forward != null && forward != order.isAscending()) {
				problems.add("OrderBy with mixed directions cannot follow one sort key");
			}
			else {
				forward = order.isAscending();
			}
		}
		return forward;
	}

}
