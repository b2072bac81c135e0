package dev.ddbkit.mapping.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A query of one entity type on the table or one index: equalities on key properties (all
 * partition variables, then a leading run of sort variables), an optional comparison on
 * the next sort variable, direction, limit, cursor and read consistency. Immutable; built
 * with {@link #builder(Class)}.
 *
 * <pre class="code">
 * DynamoQuery&lt;Order&gt; query = DynamoQuery.builder(Order.class)
 *     .where("customerId", "c-1")
 *     .sortKey(SortCriterion.beginsWith("purchasedAt", "2018-05"))
 *     .descending()
 *     .limit(20)
 *     .build();
 * </pre>
 *
 * @param <T> the entity type
 */
public final class DynamoQuery<T> {

	private final Class<T> type;

	private final @Nullable String indexName;

	private final Map<String, Object> equalities;

	private final @Nullable SortCriterion sortCriterion;

	private final boolean scanForward;

	private final int limit;

	private final @Nullable String cursor;

	private final boolean consistentRead;

	private final List<FilterCriterion> filters;

	private final boolean scan;

	private final @Nullable String label;

	private DynamoQuery(Builder<T> builder) {
		this.type = builder.type;
		this.indexName = builder.indexName;
		this.equalities = Collections.unmodifiableMap(new LinkedHashMap<>(builder.equalities));
		this.sortCriterion = builder.sortCriterion;
		this.scanForward = builder.scanForward;
		this.limit = builder.limit;
		this.cursor = builder.cursor;
		this.consistentRead = builder.consistentRead;
		this.filters = List.copyOf(builder.filters);
		this.scan = builder.scan;
		this.label = builder.label;
	}

	/**
	 * Starts a query of an entity type, on the table unless {@link Builder#index(String)}
	 * names an index.
	 * @param type the entity class
	 * @param <T> the entity type
	 * @return the builder
	 */
	public static <T> Builder<T> builder(Class<T> type) {
		return new Builder<>(type);
	}

	/** A builder with this query's settings. */
	public Builder<T> toBuilder() {
		Builder<T> builder = new Builder<>(this.type);
		builder.indexName = this.indexName;
		builder.equalities.putAll(this.equalities);
		builder.sortCriterion = this.sortCriterion;
		builder.scanForward = this.scanForward;
		builder.limit = this.limit;
		builder.cursor = this.cursor;
		builder.consistentRead = this.consistentRead;
		builder.filters.addAll(this.filters);
		builder.scan = this.scan;
		builder.label = this.label;
		return builder;
	}

	/** The entity class. */
	public Class<T> getType() {
		return this.type;
	}

	/** The index queried, {@code null} for the table. */
	public @Nullable String getIndexName() {
		return this.indexName;
	}

	/** Property name to value, for the partition key and leading sort key variables. */
	public Map<String, Object> getEqualities() {
		return this.equalities;
	}

	/** The comparison on the next sort key variable, if any. */
	public @Nullable SortCriterion getSortCriterion() {
		return this.sortCriterion;
	}

	/** Ascending sort key order ({@code ScanIndexForward}). */
	public boolean isScanForward() {
		return this.scanForward;
	}

	/** The maximum number of entities returned, 0 for all. */
	public int getLimit() {
		return this.limit;
	}

	/** The opaque cursor of the previous page, {@code null} to start. */
	public @Nullable String getCursor() {
		return this.cursor;
	}

	/** Whether reads are strongly consistent (table and local indexes only). */
	public boolean isConsistentRead() {
		return this.consistentRead;
	}

	/**
	 * The filters on non-key properties, applied after reading
	 * ({@code FilterExpression}).
	 */
	public List<FilterCriterion> getFilters() {
		return this.filters;
	}

	/**
	 * Whether this is a Scan of the whole table (no key condition) rather than a Query.
	 */
	public boolean isScan() {
		return this.scan;
	}

	/**
	 * What runs this query for metrics, e.g. the repository method
	 * {@code OrderRepository.findByStatus(OrderStatus)}; {@code null} for none.
	 */
	public @Nullable String getLabel() {
		return this.label;
	}

	/**
	 * Builds a {@link DynamoQuery}.
	 *
	 * @param <T> the entity type
	 */
	public static final class Builder<T> {

		private final Class<T> type;

		private @Nullable String indexName;

		private final Map<String, Object> equalities = new LinkedHashMap<>();

		private @Nullable SortCriterion sortCriterion;

		private boolean scanForward = true;

		private int limit;

		private @Nullable String cursor;

		private boolean consistentRead;

		private final List<FilterCriterion> filters = new ArrayList<>();

		private boolean scan;

		private @Nullable String label;

		private Builder(Class<T> type) {
			this.type = type;
		}

		/** Queries an index instead of the table ({@code null} for the table). */
		public Builder<T> index(@Nullable String indexName) {
			this.indexName = indexName;
			return this;
		}

		/** Binds a key property by equality. */
		public Builder<T> where(String property, Object value) {
			this.equalities.put(property, value);
			return this;
		}

		/** Binds key properties by equality. */
		public Builder<T> where(Map<String, ?> values) {
			this.equalities.putAll(values);
			return this;
		}

		/** Adds a comparison on the next sort key variable. */
		public Builder<T> sortKey(@Nullable SortCriterion criterion) {
			this.sortCriterion = criterion;
			return this;
		}

		/** Sets ascending ({@code true}, the default) or descending sort key order. */
		public Builder<T> scanForward(boolean scanForward) {
			this.scanForward = scanForward;
			return this;
		}

		/** Descending sort key order. */
		public Builder<T> descending() {
			return scanForward(false);
		}

		/** Returns at most {@code limit} entities (0 for all). */
		public Builder<T> limit(int limit) {
			if (limit < 0) {
				throw new IllegalArgumentException("limit must not be negative");
			}
			this.limit = limit;
			return this;
		}

		/** Continues after the page that returned this cursor. */
		public Builder<T> cursor(@Nullable String cursor) {
			this.cursor = cursor;
			return this;
		}

		/** Reads strongly consistent (table and local indexes only). */
		public Builder<T> consistentRead(boolean consistentRead) {
			this.consistentRead = consistentRead;
			return this;
		}

		/**
		 * Adds a filter on a non-key property, applied after reading; reads and costs are
		 * not reduced.
		 */
		public Builder<T> filter(FilterCriterion criterion) {
			this.filters.add(criterion);
			return this;
		}

		/**
		 * Scans the whole table instead of querying one partition: no key condition,
		 * every item of every type read and billed. Equalities and sort key conditions
		 * are not allowed; filters are.
		 */
		public Builder<T> scanTable() {
			this.scan = true;
			return this;
		}

		/**
		 * Names what runs this query, as the {@code method} tag of the filtered-query
		 * meters ({@code DynamoMetrics}); keep the set of labels bounded.
		 */
		public Builder<T> label(@Nullable String label) {
			this.label = label;
			return this;
		}

		/** The query. */
		public DynamoQuery<T> build() {
			return new DynamoQuery<>(this);
		}

	}

}
