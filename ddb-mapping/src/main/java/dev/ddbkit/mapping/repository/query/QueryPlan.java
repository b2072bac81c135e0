package dev.ddbkit.mapping.repository.query;

import java.util.ArrayList;
import java.util.List;

import dev.ddbkit.mapping.query.DynamoQuery;
import dev.ddbkit.mapping.query.FilterCriterion;
import dev.ddbkit.mapping.query.FilterOperator;
import dev.ddbkit.mapping.query.SortCriterion;
import dev.ddbkit.mapping.schema.AccessPath;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.ParameterAccessor;

/**
 * The plan of a derived query method, made once at start-up: the access path, which
 * parameters bind which key properties, the comparison on the next sort key variable,
 * direction and read consistency. At run time {@link #bind} only fills in the arguments.
 *
 * @param path the table or index queried
 * @param equalities the equality predicates on partition and leading sort variables
 * @param range the comparison on the next sort variable, if any
 * @param filters the predicates applied after reading ({@code FilterExpression})
 * @param scanForward ascending sort key order
 * @param consistentRead strongly consistent reads
 * @param scan whether the method scans the table ({@code @AllowScan}) instead of querying
 * a key
 */
public record QueryPlan(AccessPath path, List<DerivedCriterion> equalities, @Nullable DerivedCriterion range,
		List<DerivedCriterion> filters, boolean scanForward, boolean consistentRead, boolean scan) {

	/**
	 * Binds the arguments of one invocation.
	 * @param type the entity class
	 * @param accessor the invocation's arguments
	 * @param <T> the entity type
	 * @return the query builder, without limit or cursor
	 */
	public <T> DynamoQuery.Builder<T> bind(Class<T> type, ParameterAccessor accessor) {
		DynamoQuery.Builder<T> query = DynamoQuery.builder(type)
			.index(this.path.indexName())
			.scanForward(this.scanForward)
			.consistentRead(this.consistentRead);
		for (DerivedCriterion criterion : this.equalities) {
			query.where(criterion.property(), required(accessor, criterion, 0));
		}
		if (this.range != null) {
			query.sortKey(criterion(this.range, accessor));
		}
		for (DerivedCriterion filter : this.filters) {
			query.filter(filter(filter, accessor));
		}
		if (this.scan) {
			query.scanTable();
		}
		return query;
	}

	/**
	 * The direction of one invocation: the method's {@code OrderBy}, or the direction a
	 * {@code Sort} argument (or a {@code Pageable}'s sort) asks for. DynamoDB returns a
	 * query in sort key order only ({@code ScanIndexForward}), so the sort may name only
	 * the sort key variables this plan binds and the next one.
	 * @param sort the invocation's sort, unsorted for none
	 * @param ordered whether the method name has an {@code OrderBy}
	 * @return whether to read in ascending sort key order
	 * @throws InvalidDataAccessApiUsageException when the sort names another property,
	 * mixes directions, contradicts the {@code OrderBy} or the plan is a Scan
	 */
	public boolean scanForward(Sort sort, boolean ordered) {
		if (sort.isUnsorted()) {
			return this.scanForward;
		}
		String text = String.join(", ", sort.stream().map((o) -> o.getProperty() + " " + o.getDirection()).toList());
		if (this.scan) {
			throw new InvalidDataAccessApiUsageException(
					"A Scan returns items in no particular order, so Sort " + text + " cannot apply");
		}
		List<String> problems = new ArrayList<>();
		Boolean forward = KeyConditionPlanner.direction("Sort", sort, this.path.sortVariables(), boundSortVariables(),
				problems);
		if (forward != null && ordered && forward != this.scanForward) {
			problems.add("Sort " + text + " contradicts the method's OrderBy ("
					+ (this.scanForward ? "ascending" : "descending") + ")");
		}
		if (forward == null || !problems.isEmpty()) {
			throw new InvalidDataAccessApiUsageException("Cannot sort a query on the " + this.path.displayName()
					+ " by " + text + ": " + String.join("; ", problems)
					+ "; DynamoDB returns a query in sort key order only, ascending or descending");
		}
		return forward;
	}

	/** How many leading sort key variables the equalities bind. */
	private int boundSortVariables() {
		List<String> sortVariables = this.path.sortVariables();
		List<String> bound = this.equalities.stream().map(DerivedCriterion::property).toList();
		int count = 0;
		while (count < sortVariables.size() && bound.contains(sortVariables.get(count))) {
			count++;
		}
		return count;
	}

	/**
	 * The key condition and filter as text, e.g. {@code index GSI1: GSI1PK =
	 * STATUS#{status} (ascending)}.
	 */
	public String describe() {
		String filtered = this.filters.isEmpty() ? ""
				: " filtered by " + this.filters.stream().map((f) -> f.property() + " " + f.type().name()).toList();
		if (this.scan) {
			return "Scan of the table" + filtered;
		}
		StringBuilder text = new StringBuilder(this.path.displayName()).append(": ")
			.append(this.path.partitionAttribute())
			.append(" = ")
			.append(this.path.partitionKey())
			.append(this.path.shardNote());
		if (this.range != null) {
			text.append(" AND ")
				.append(this.path.sortAttribute())
				.append(' ')
				.append(this.range.type().name())
				.append(" on {")
				.append(this.range.property())
				.append('}');
		}
		else if (this.path.sortKey() != null
				&& this.equalities.stream().anyMatch((c) -> this.path.sortVariables().contains(c.property()))) {
			text.append(" AND begins_with/= ").append(this.path.sortAttribute());
		}
		return text.append(this.scanForward ? " (ascending)" : " (descending)").append(filtered).toString();
	}

	private static SortCriterion criterion(DerivedCriterion range, ParameterAccessor accessor) {
		Object value = required(accessor, range, 0);
		String property = range.property();
		return switch (range.type()) {
			case GREATER_THAN, AFTER -> SortCriterion.greaterThan(property, value);
			case GREATER_THAN_EQUAL -> SortCriterion.greaterThanOrEqual(property, value);
			case LESS_THAN, BEFORE -> SortCriterion.lessThan(property, value);
			case LESS_THAN_EQUAL -> SortCriterion.lessThanOrEqual(property, value);
			case BETWEEN -> SortCriterion.between(property, value, required(accessor, range, 1));
			case STARTING_WITH -> SortCriterion.beginsWith(property, String.valueOf(value));
			default -> throw new IllegalStateException("Not a range: " + range.type());
		};
	}

	private static FilterCriterion filter(DerivedCriterion criterion, ParameterAccessor accessor) {
		String property = criterion.property();
		return switch (criterion.type()) {
			case SIMPLE_PROPERTY ->
				FilterCriterion.of(property, FilterOperator.EQUAL, required(accessor, criterion, 0));
			case NEGATING_SIMPLE_PROPERTY ->
				FilterCriterion.of(property, FilterOperator.NOT_EQUAL, required(accessor, criterion, 0));
			case GREATER_THAN, AFTER ->
				FilterCriterion.of(property, FilterOperator.GREATER_THAN, required(accessor, criterion, 0));
			case GREATER_THAN_EQUAL ->
				FilterCriterion.of(property, FilterOperator.GREATER_THAN_OR_EQUAL, required(accessor, criterion, 0));
			case LESS_THAN, BEFORE ->
				FilterCriterion.of(property, FilterOperator.LESS_THAN, required(accessor, criterion, 0));
			case LESS_THAN_EQUAL ->
				FilterCriterion.of(property, FilterOperator.LESS_THAN_OR_EQUAL, required(accessor, criterion, 0));
			case BETWEEN -> FilterCriterion.of(property, FilterOperator.BETWEEN, required(accessor, criterion, 0),
					required(accessor, criterion, 1));
			case STARTING_WITH -> FilterCriterion.of(property, FilterOperator.BEGINS_WITH,
					String.valueOf(required(accessor, criterion, 0)));
			case CONTAINING -> FilterCriterion.of(property, FilterOperator.CONTAINS, required(accessor, criterion, 0));
			case IN -> FilterCriterion.of(property, FilterOperator.IN, required(accessor, criterion, 0));
			case IS_NULL -> FilterCriterion.of(property, FilterOperator.NOT_EXISTS);
			case IS_NOT_NULL -> FilterCriterion.of(property, FilterOperator.EXISTS);
			case TRUE -> FilterCriterion.of(property, FilterOperator.EQUAL, Boolean.TRUE);
			case FALSE -> FilterCriterion.of(property, FilterOperator.EQUAL, Boolean.FALSE);
			default -> throw new IllegalStateException("Not a filter: " + criterion.type().name());
		};
	}

	private static Object required(ParameterAccessor accessor, DerivedCriterion criterion, int offset) {
		Object value = accessor.getBindableValue(criterion.parameterIndex() + offset);
		if (value == null) {
			throw new InvalidDataAccessApiUsageException("Key property " + criterion.property() + " must not be null");
		}
		return value;
	}

}
