package dev.ddbkit.mapping.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ddbkit.mapping.DynamoTransactionCanceledException;
import dev.ddbkit.mapping.DynamoTransactionCanceledException.Reason;
import dev.ddbkit.mapping.convert.DynamoConverter;
import dev.ddbkit.mapping.observability.DynamoEntityScope;
import dev.ddbkit.mapping.convert.DynamoTableSchema;
import dev.ddbkit.mapping.core.DynamoTransaction.Action;
import dev.ddbkit.mapping.core.DynamoTransaction.Kind;
import dev.ddbkit.mapping.schema.DynamoMappingContext;
import dev.ddbkit.mapping.schema.DynamoPersistentProperty;
import dev.ddbkit.mapping.schema.EntitySchema;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.OptimisticLockingFailureException;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Turns a {@link DynamoTransaction} into one TransactWriteItems request, with the same
 * version rules as single writes (initial version: the item must not have one; otherwise
 * the stored version must match and is incremented), and maps a cancellation to the first
 * failing action: a version conflict, a duplicate insert, or every reason.
 */
final class TransactionWriter {

	private static final Pattern NAME = Pattern.compile("#[A-Za-z0-9_]+");

	private final DynamoDbClient client;

	private final DynamoMappingContext mappingContext;

	private final DynamoConverter converter;

	private final IdResolver ids;

	private final DynamoExceptionTranslator translator;

	private final Function<Class<?>, DynamoTableSchema<?>> tableSchemas;

	TransactionWriter(DynamoDbClient client, DynamoConverter converter, IdResolver ids,
			DynamoExceptionTranslator translator, Function<Class<?>, DynamoTableSchema<?>> tableSchemas) {
		this.client = client;
		this.mappingContext = converter.getMappingContext();
		this.converter = converter;
		this.ids = ids;
		this.translator = translator;
		this.tableSchemas = tableSchemas;
	}

	List<Object> write(DynamoTransaction transaction) {
		List<Action> actions = transaction.actions();
		if (actions.isEmpty() || actions.size() > DynamoTransaction.MAX_ACTIONS) {
			throw new InvalidDataAccessApiUsageException(
					"A transaction takes 1 to " + DynamoTransaction.MAX_ACTIONS + " actions, got " + actions.size());
		}
		List<TransactWriteItem> items = new ArrayList<>();
		List<String> descriptions = new ArrayList<>();
		List<Object> written = new ArrayList<>();
		for (Action action : actions) {
			EntitySchema<?> schema = this.mappingContext.getRequiredEntitySchema(action.type());
			Map<String, String> key = (action.entity() != null) ? schema.renderTableKey(action.entity())
					: schema.renderTableKey(this.ids.keyProperties(schema, action.id()));
			descriptions.add(action.kind() + " " + schema.getTypeName() + " " + key + versionNote(schema, action)
					+ ((action.update() != null && !action.update().conditions().isEmpty())
							? " if " + action.update().conditions() : ""));
			items.add(item(schema, key, action, written));
		}
		try {
			String entity = DynamoEntityScope.of(actions.stream()
				.map((action) -> this.mappingContext.getRequiredEntitySchema(action.type()).getTypeName())
				.toList());
			DynamoEntityScope.call(entity,
					() -> this.client.transactWriteItems(TransactWriteItemsRequest.builder()
						.transactItems(items)
						.clientRequestToken(transaction.clientRequestToken())
						.build()));
			return written;
		}
		catch (TransactionCanceledException ex) {
			throw canceled(ex, actions, descriptions);
		}
		catch (SdkException ex) {
			throw this.translator.translate(ex, "TransactWriteItems of " + actions.size() + " actions", null);
		}
	}

	private TransactWriteItem item(EntitySchema<?> schema, Map<String, String> key, Action action,
			List<Object> written) {
		String table = schema.getTableName();
		Map<String, AttributeValue> keyAttributes = new LinkedHashMap<>();
		key.forEach((name, value) -> keyAttributes.put(name, AttributeValue.fromS(value)));
		DynamoPersistentProperty versionProperty = schema.getVersionProperty();
		Object version = (action.entity() != null && versionProperty != null)
				? schema.getEntity().getPropertyAccessor(action.entity()).getProperty(versionProperty) : null;
		switch (action.kind()) {
			case PUT, INSERT -> {
				Object entity = action.entity();
				Map<String, AttributeValue> item = new LinkedHashMap<>(itemOf(entity));
				Conditions conditions = new Conditions();
				if (action.kind() == Kind.INSERT) {
					conditions
						.add("attribute_not_exists(" + conditions.name(EntitySchema.PARTITION_KEY_ATTRIBUTE) + ")");
				}
				if (versionProperty != null) {
					long current = (version != null) ? ((Number) version).longValue() : 0;
					String ref = conditions.name(versionProperty.getAttributeName());
					conditions.add((current == 0) ? "attribute_not_exists(" + ref + ")"
							: ref + " = " + conditions.value(AttributeValue.fromN(Long.toString(current))));
					item.put(versionProperty.getAttributeName(), AttributeValue.fromN(Long.toString(current + 1)));
					Object next = (versionProperty.getType() == Integer.class || versionProperty.getType() == int.class)
							? Integer.valueOf((int) (current + 1)) : Long.valueOf(current + 1);
					entity = this.converter.setProperty(entity, versionProperty, next);
				}
				written.add(entity);
				Put.Builder put = Put.builder().tableName(table).item(item);
				conditions.apply(put::conditionExpression, put::expressionAttributeNames,
						put::expressionAttributeValues);
				return TransactWriteItem.builder().put(put.build()).build();
			}
			case UPDATE -> {
				UpdateRenderer.RenderedUpdate rendered = new UpdateRenderer(schema, this.converter)
					.render(this.ids.keyProperties(schema, action.id()), action.update());
				return TransactWriteItem.builder()
					.update(Update.builder()
						.tableName(table)
						.key(keyAttributes)
						.updateExpression(rendered.updateExpression())
						.conditionExpression(rendered.conditionExpression())
						.expressionAttributeNames(rendered.names())
						.expressionAttributeValues(rendered.values())
						.returnValuesOnConditionCheckFailure(action.update().conditions().isEmpty() ? null
								: ReturnValuesOnConditionCheckFailure.ALL_OLD)
						.build())
					.build();
			}
			case DELETE -> {
				Delete.Builder delete = Delete.builder().tableName(table).key(keyAttributes);
				if (versionProperty != null && version != null) {
					Conditions conditions = new Conditions();
					conditions.add(conditions.name(versionProperty.getAttributeName()) + " = "
							+ conditions.value(AttributeValue.fromN(version.toString())));
					conditions.apply(delete::conditionExpression, delete::expressionAttributeNames,
							delete::expressionAttributeValues);
				}
				return TransactWriteItem.builder().delete(delete.build()).build();
			}
			default -> {
				return TransactWriteItem.builder().conditionCheck(conditionCheck(table, keyAttributes, action)).build();
			}
		}
	}

	private ConditionCheck conditionCheck(String table, Map<String, AttributeValue> key, Action action) {
		String condition = String.valueOf(action.condition());
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, AttributeValue> values = new LinkedHashMap<>();
		action.values().forEach((placeholder, value) -> {
			if (placeholder.startsWith("#")) {
				names.put(placeholder, String.valueOf(value));
			}
			else {
				values.put(placeholder, this.converter.writeValue(value));
			}
		});
		Matcher matcher = NAME.matcher(condition);
		while (matcher.find()) {
			names.putIfAbsent(matcher.group(), matcher.group().substring(1));
		}
		return ConditionCheck.builder()
			.tableName(table)
			.key(key)
			.conditionExpression(condition)
			.expressionAttributeNames(names.isEmpty() ? null : names)
			.expressionAttributeValues(values.isEmpty() ? null : values)
			.build();
	}

	@SuppressWarnings("unchecked")
	private Map<String, AttributeValue> itemOf(Object entity) {
		DynamoTableSchema<Object> schema = (DynamoTableSchema<Object>) this.tableSchemas.apply(entity.getClass());
		return schema.itemToMap(entity, true);
	}

	private DataAccessException canceled(TransactionCanceledException ex, List<Action> actions,
			List<String> descriptions) {
		List<Reason> reasons = new ArrayList<>();
		List<CancellationReason> cancellation = ex.hasCancellationReasons() ? ex.cancellationReasons() : List.of();
		for (int i = 0; i < cancellation.size(); i++) {
			CancellationReason reason = cancellation.get(i);
			String action = (i < descriptions.size()) ? descriptions.get(i) : "action " + i;
			reasons.add(new Reason(i, action, String.valueOf(reason.code()), reason.message()));
		}
		DynamoTransactionCanceledException canceled = new DynamoTransactionCanceledException(
				"Transaction of " + actions.size() + " actions was canceled: " + reasons, reasons, ex);
		for (Reason reason : reasons) {
			if (!"ConditionalCheckFailed".equals(reason.code())) {
				continue;
			}
			Action action = actions.get(reason.index());
			if (action.kind() == Kind.INSERT) {
				return new DuplicateKeyException(reason.action() + " already exists; transaction canceled", canceled);
			}
			if (reason.action().contains(" expecting version ")
					&& !conditionFailedAtExpectedVersion(action, cancellation.get(reason.index()))) {
				return new OptimisticLockingFailureException(
						reason.action() + " found another version or no item; " + "transaction canceled", canceled);
			}
			break;
		}
		return canceled;
	}

	/**
	 * Whether an update with conditions of its own failed on them while the stored
	 * version was the expected one (the stored item comes back with the reason).
	 */
	private boolean conditionFailedAtExpectedVersion(Action action, CancellationReason reason) {
		DynamoUpdate update = action.update();
		if (update == null || update.conditions().isEmpty() || update.expectedVersion() == null || !reason.hasItem()) {
			return false;
		}
		DynamoPersistentProperty version = this.mappingContext.getRequiredEntitySchema(action.type())
			.getVersionProperty();
		AttributeValue stored = (version != null) ? reason.item().get(version.getAttributeName()) : null;
		return stored != null && update.expectedVersion().toString().equals(stored.n());
	}

	private @Nullable String versionNote(EntitySchema<?> schema, Action action) {
		DynamoPersistentProperty version = schema.getVersionProperty();
		if (version == null) {
			return "";
		}
		if (action.kind() == Kind.UPDATE && action.update() != null && action.update().expectedVersion() != null) {
			return " expecting version " + action.update().expectedVersion();
		}
		if ((action.kind() == Kind.PUT || action.kind() == Kind.DELETE) && action.entity() != null) {
			Object current = schema.getEntity().getPropertyAccessor(action.entity()).getProperty(version);
			return (current != null || action.kind() == Kind.PUT)
					? " expecting version " + ((current != null) ? current : "none") : "";
		}
		return "";
	}

	/** Accumulates a condition with its placeholders. */
	private static final class Conditions {

		private final List<String> parts = new ArrayList<>();

		private final Map<String, String> names = new LinkedHashMap<>();

		private final Map<String, AttributeValue> values = new LinkedHashMap<>();

		String name(String attribute) {
			String ref = "#t" + this.names.size();
			this.names.put(ref, attribute);
			return ref;
		}

		String value(AttributeValue value) {
			String ref = ":t" + this.values.size();
			this.values.put(ref, value);
			return ref;
		}

		void add(String condition) {
			this.parts.add(condition);
		}

		void apply(java.util.function.Consumer<String> expression,
				java.util.function.Consumer<Map<String, String>> names,
				java.util.function.Consumer<Map<String, AttributeValue>> values) {
			if (this.parts.isEmpty()) {
				return;
			}
			expression.accept(String.join(" AND ", this.parts));
			names.accept(this.names);
			if (!this.values.isEmpty()) {
				values.accept(this.values);
			}
		}

	}

}
