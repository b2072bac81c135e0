package dev.ddbkit.mapping.repository.query;

import java.util.List;

import dev.ddbkit.mapping.query.DynamoQuery;
import dev.ddbkit.mapping.query.SortCriterion;
import dev.ddbkit.mapping.schema.AccessPath;
import org.jspecify.annotations.Nullable;

import org.springframework.data.repository.query.ParameterAccessor;

/**
 * The plan of a derived query method, made once at start-up: the access path, which
 * parameters bind which key properties, the comparison on the next sort key variable,
 * direction and read consistency. At run time {@link #bind} only fills in the arguments.
 *
 * @param path the table or index queried
 * @param equalities the equality predicates on partition and leading sort variables
 * @param range the comparison on the next sort variable, if any
 * @param scanForward ascending sort key order
 * @param consistentRead strongly consistent reads
 */
public record QueryPlan(AccessPath path, List<DerivedCriterion> equalities, @Nullable DerivedCriterion range,
		boolean scanForward, boolean consistentRead) {

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
		return query;
	}

	/**
	 * The key condition as text, for reports and logs, e.g. {@code index GSI1: GSI1PK =
	 * STATUS#{status} ...}.
	 */
	public String describe() {
		StringBuilder text = new StringBuilder(this.path.displayName()).append(": ")
			.append(this.path.partitionAttribute())
			.append(" = ")
			.append(this.path.partitionKey());
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
		return text.append(this.scanForward ? " (ascending)" : " (descending)").toString();
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

	private static Object required(ParameterAccessor accessor, DerivedCriterion criterion, int offset) {
		Object value = accessor.getBindableValue(criterion.parameterIndex() + offset);
		if (value == null) {
			throw new org.springframework.dao.InvalidDataAccessApiUsageException(
					"Key property " + criterion.property() + " must not be null");
		}
		return value;
	}

}
