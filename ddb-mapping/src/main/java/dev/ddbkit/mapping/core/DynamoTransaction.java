package dev.ddbkit.mapping.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A write transaction across entity types (TransactWriteItems): puts (version-checked
 * like {@link DynamoOperations#save}), inserts, updates, deletes and condition checks,
 * all applied or none. At most 100 actions, no two on the same item. Run it with
 * {@link DynamoTemplate#transact(DynamoTransaction)}.
 * <p>
 * Source: DynamoDB Developer Guide, "Amazon DynamoDB Transactions".
 *
 * <pre class="code">
 * template.transact(DynamoTransaction.create()
 *     .insert(order)
 *     .update(Product.class, "p1", DynamoUpdate.create().increment("stock", -1))
 *     .conditionCheck(Customer.class, "c1", "attribute_exists(PK)", Map.of()));
 * </pre>
 */
public final class DynamoTransaction {

	/** DynamoDB's limit of actions per transaction. */
	public static final int MAX_ACTIONS = 100;

	private final List<Action> actions = new ArrayList<>();

	private @Nullable String clientRequestToken;

	private DynamoTransaction() {
	}

	/** Starts an empty transaction. */
	public static DynamoTransaction create() {
		return new DynamoTransaction();
	}

	/**
	 * Writes an entity, replacing its item, under the same version check as {@code save}.
	 */
	public DynamoTransaction put(Object entity) {
		return add(new Action(Kind.PUT, entity.getClass(), entity, null, null, null, Map.of()));
	}

	/** Writes an entity whose key must not exist yet. */
	public DynamoTransaction insert(Object entity) {
		return add(new Action(Kind.INSERT, entity.getClass(), entity, null, null, null, Map.of()));
	}

	/** Updates an existing item server-side. */
	public DynamoTransaction update(Class<?> type, Object id, DynamoUpdate update) {
		return add(new Action(Kind.UPDATE, type, null, id, update, null, Map.of()));
	}

	/** Deletes an entity's item, checking its version if it has one. */
	public DynamoTransaction delete(Object entity) {
		return add(new Action(Kind.DELETE, entity.getClass(), entity, null, null, null, Map.of()));
	}

	/** Deletes the item with the given identifier, without a version check. */
	public DynamoTransaction deleteById(Class<?> type, Object id) {
		return add(new Action(Kind.DELETE, type, null, id, null, null, Map.of()));
	}

	/**
	 * Requires a condition on an item that the transaction does not write.
	 * @param type the entity class
	 * @param id the identifier
	 * @param condition a {@code ConditionExpression}, attribute names as {@code #name}
	 * mapped to themselves unless given in {@code values} keys starting with {@code #}
	 * @param values {@code :placeholder} to value, and optionally {@code #placeholder} to
	 * attribute name
	 * @return this transaction
	 */
	public DynamoTransaction conditionCheck(Class<?> type, Object id, String condition, Map<String, ?> values) {
		return add(new Action(Kind.CONDITION_CHECK, type, null, id, null, condition, new LinkedHashMap<>(values)));
	}

	/**
	 * Makes the transaction idempotent for 10 minutes under this token
	 * ({@code ClientRequestToken}).
	 */
	public DynamoTransaction clientRequestToken(String token) {
		this.clientRequestToken = token;
		return this;
	}

	List<Action> actions() {
		return this.actions;
	}

	@Nullable String clientRequestToken() {
		return this.clientRequestToken;
	}

	private DynamoTransaction add(Action action) {
		this.actions.add(action);
		return this;
	}

	enum Kind {

		PUT, INSERT, UPDATE, DELETE, CONDITION_CHECK

	}

	record Action(Kind kind, Class<?> type, @Nullable Object entity, @Nullable Object id, @Nullable DynamoUpdate update,
			@Nullable String condition, Map<String, ?> values) {
	}

}
