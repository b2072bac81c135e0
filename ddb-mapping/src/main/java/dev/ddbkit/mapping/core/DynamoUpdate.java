package dev.ddbkit.mapping.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import dev.ddbkit.mapping.query.FilterCriterion;
import org.jspecify.annotations.Nullable;

/**
 * A typed, server-side update of one item (UpdateItem), by property name: {@code set},
 * {@code setIfAbsent}, {@code remove}, {@code increment} (an atomic counter that starts
 * from 0), {@code add} (numbers or sets) and {@code append} (to a list). The entity's
 * version, if any, is incremented; {@link #expectVersion(long)} makes the update
 * conditional on the stored version; {@link #condition(FilterCriterion)} adds conditions
 * on the stored properties ({@code ConditionExpression}, all of them ANDed with the
 * version check). The item must exist unless {@link #upsert()} asks to create it. Index
 * keys whose variables the update sets are rendered again; table key properties cannot be
 * updated.
 * <p>
 * Source: DynamoDB Developer Guide, "Using update expressions in DynamoDB".
 *
 * <pre class="code">
 * template.update(Order.class, orderKey, DynamoUpdate.create()
 *     .set("status", OrderStatus.SHIPPED)
 *     .increment("updates", 1)
 *     .expectVersion(3));
 *
 * template.update(Product.class, "p-1", DynamoUpdate.create()
 *     .increment("stock", -2)
 *     .condition(FilterCriterion.of("stock", FilterOperator.GREATER_THAN_OR_EQUAL, 2)));
 *
 * template.update(DailySales.class, day, DynamoUpdate.create()
 *     .upsert()
 *     .increment("orders", 1));
 * </pre>
 */
public final class DynamoUpdate {

	private final List<Action> actions = new ArrayList<>();

	private final List<FilterCriterion> conditions = new ArrayList<>();

	private @Nullable Long expectedVersion;

	private boolean upsert;

	private DynamoUpdate() {
	}

	/** Starts an empty update. */
	public static DynamoUpdate create() {
		return new DynamoUpdate();
	}

	/** Sets a property ({@code SET #p = :v}); {@code null} removes it. */
	public DynamoUpdate set(String property, @Nullable Object value) {
		return add((value != null) ? new Action(Kind.SET, property, value) : new Action(Kind.REMOVE, property, null));
	}

	/**
	 * Sets a property only if the item has none ({@code SET #p = if_not_exists(#p, :v)}).
	 */
	public DynamoUpdate setIfAbsent(String property, Object value) {
		return add(new Action(Kind.SET_IF_ABSENT, property, value));
	}

	/** Removes a property ({@code REMOVE #p}). */
	public DynamoUpdate remove(String property) {
		return add(new Action(Kind.REMOVE, property, null));
	}

	/**
	 * Adds to a number property, starting from 0
	 * ({@code SET #p = if_not_exists(#p, :zero) + :v}).
	 */
	public DynamoUpdate increment(String property, Number delta) {
		return add(new Action(Kind.INCREMENT, property, delta));
	}

	/** Adds a number or set elements ({@code ADD #p :v}). */
	public DynamoUpdate add(String property, Object numberOrSet) {
		return add(new Action(Kind.ADD, property, numberOrSet));
	}

	/** Appends elements to a list property, creating it if absent. */
	public DynamoUpdate append(String property, Collection<?> elements) {
		return add(new Action(Kind.APPEND, property, List.copyOf(elements)));
	}

	/** Applies the update only if the stored version equals {@code version}. */
	public DynamoUpdate expectVersion(long version) {
		this.expectedVersion = version;
		return this;
	}

	/**
	 * Applies the update only if the stored item satisfies a condition on one of its
	 * properties, rendered like a query filter; several conditions must all hold. When a
	 * condition fails the template raises
	 * {@link dev.ddbkit.mapping.DynamoConditionFailedException} naming the conditions
	 * (and {@link org.springframework.dao.OptimisticLockingFailureException} when the
	 * version was the one that differed).
	 */
	public DynamoUpdate condition(FilterCriterion criterion) {
		this.conditions.add(criterion);
		return this;
	}

	/**
	 * Creates the item when it does not exist, instead of failing: the key, the
	 * entity-type attribute, the key properties and the index keys they fix are written
	 * with the update. {@code increment} and {@code add} then start from 0 and
	 * {@code setIfAbsent} sets its default, so an upsert of counters needs no prior
	 * insert. (UpdateItem creates a missing item: DynamoDB Developer Guide, "Using update
	 * expressions", "ADD".)
	 */
	public DynamoUpdate upsert() {
		this.upsert = true;
		return this;
	}

	List<Action> actions() {
		return this.actions;
	}

	@Nullable Long expectedVersion() {
		return this.expectedVersion;
	}

	List<FilterCriterion> conditions() {
		return this.conditions;
	}

	boolean isUpsert() {
		return this.upsert;
	}

	private DynamoUpdate add(Action action) {
		this.actions.add(action);
		return this;
	}

	enum Kind {

		SET, SET_IF_ABSENT, REMOVE, INCREMENT, ADD, APPEND

	}

	record Action(Kind kind, String property, @Nullable Object value) {
	}

}
