package dev.ddbkit.mapping.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ddbkit.mapping.DynamoConditionFailedException;
import dev.ddbkit.mapping.convert.DynamoConverter;
import dev.ddbkit.mapping.core.DynamoUpdate.Action;
import dev.ddbkit.mapping.core.DynamoUpdate.Kind;
import dev.ddbkit.mapping.schema.DynamoPersistentProperty;
import dev.ddbkit.mapping.schema.EntitySchema;
import dev.ddbkit.mapping.schema.IndexSchema;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.core.TypeInformation;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Renders a {@link DynamoUpdate} into an {@code UpdateExpression} with its names and
 * values, the version increment, the index keys the update changes, and a condition that
 * the item exists (and has the expected version).
 */
final class UpdateRenderer {

	private final EntitySchema<?> schema;

	private final DynamoConverter converter;

	private final List<String> sets = new ArrayList<>();

	private final List<String> removes = new ArrayList<>();

	private final List<String> adds = new ArrayList<>();

	private final Map<String, String> names = new LinkedHashMap<>();

	private final Map<String, AttributeValue> values = new LinkedHashMap<>();

	UpdateRenderer(EntitySchema<?> schema, DynamoConverter converter) {
		this.schema = schema;
		this.converter = converter;
	}

	RenderedUpdate render(Map<String, Object> keyProperties, DynamoUpdate update) {
		Map<String, Object> known = new LinkedHashMap<>(keyProperties);
		Set<String> removed = new LinkedHashSet<>();
		Set<String> touched = new LinkedHashSet<>();
		for (Action action : update.actions()) {
			DynamoPersistentProperty property = property(action.property());
			touched.add(property.getName());
			clause(action, property);
			if (action.kind() == Kind.SET) {
				known.put(property.getName(), action.value());
			}
			else if (action.kind() == Kind.REMOVE) {
				removed.add(property.getName());
			}
		}
		if (update.isUpsert()) {
			// a created item must read back as this entity and sit in the indexes its key
			// fixes
			upsertKeys(keyProperties);
		}
		indexKeys(update, known, removed, touched);
		List<String> conditions = new ArrayList<>();
		if (!update.isUpsert()) {
			conditions.add("attribute_exists(" + name(EntitySchema.PARTITION_KEY_ATTRIBUTE) + ")");
		}
		DynamoPersistentProperty version = this.schema.getVersionProperty();
		if (version != null) {
			String ref = name(version.getAttributeName());
			this.sets.add(ref + " = if_not_exists(" + ref + ", " + value(AttributeValue.fromN("0")) + ") + "
					+ value(AttributeValue.fromN("1")));
			if (update.expectedVersion() != null) {
				conditions.add(ref + " = " + value(AttributeValue.fromN(update.expectedVersion().toString())));
			}
		}
		FilterRenderer.RenderedFilter user = FilterRenderer.render(this.schema, this.converter, update.conditions());
		if (user != null) {
			conditions.add("(" + user.expression() + ")");
			this.names.putAll(user.names());
			this.values.putAll(user.values());
		}
		String condition = conditions.isEmpty() ? null : String.join(" AND ", conditions);
		StringBuilder expression = new StringBuilder();
		append(expression, "SET", this.sets);
		append(expression, "REMOVE", this.removes);
		append(expression, "ADD", this.adds);
		if (expression.length() == 0) {
			throw new InvalidDataAccessApiUsageException("Empty update of " + this.schema.getTypeName());
		}
		return new RenderedUpdate(expression.toString(), condition, this.names, this.values);
	}

	/**
	 * Tells which condition of an update failed: the item's absence, its version (the
	 * stored item, returned on failure when the update has conditions of its own, shows
	 * which), or the update's own conditions.
	 */
	static RuntimeException failure(EntitySchema<?> schema, Map<String, String> key, DynamoUpdate update,
			ConditionalCheckFailedException ex) {
		Map<String, AttributeValue> stored = ex.hasItem() ? ex.item() : Map.of();
		DynamoPersistentProperty versionProperty = schema.getVersionProperty();
		AttributeValue storedVersion = (versionProperty != null) ? stored.get(versionProperty.getAttributeName())
				: null;
		Long expected = update.expectedVersion();
		if (expected != null && (storedVersion == null || !expected.toString().equals(storedVersion.n()))) {
			return new OptimisticLockingFailureException(
					schema.getTypeName() + " with key " + key + " was not updated: expected stored version " + expected
							+ " but the item in table " + schema.getTableName() + " has another version or is gone",
					ex);
		}
		String reason = stored.isEmpty() ? "no such item in table " + schema.getTableName()
				: "the stored item does not satisfy " + update.conditions();
		if (stored.isEmpty() && !update.conditions().isEmpty()) {
			reason += " (the conditions " + update.conditions() + " need one)";
		}
		return new DynamoConditionFailedException(
				schema.getTypeName() + " with key " + key + " was not updated: " + reason, schema.getTableName(), key,
				ex);
	}

	private void upsertKeys(Map<String, Object> keyProperties) {
		this.sets
			.add(name(EntitySchema.TYPE_ATTRIBUTE) + " = " + value(AttributeValue.fromS(this.schema.getTypeName())));
		keyProperties.forEach((name, value) -> {
			DynamoPersistentProperty property = this.schema.getEntity().getRequiredPersistentProperty(name);
			this.sets.add(name(property.getAttributeName()) + " = " + value(required(property, value)));
		});
	}

	private void clause(Action action, DynamoPersistentProperty property) {
		String ref = name(property.getAttributeName());
		Object value = action.value();
		switch (action.kind()) {
			case SET -> {
				AttributeValue attribute = this.converter.writeProperty(property, value);
				if (attribute != null) {
					this.sets.add(ref + " = " + value(attribute));
				}
				else {
					this.removes.add(ref);
				}
			}
			case SET_IF_ABSENT ->
				this.sets.add(ref + " = if_not_exists(" + ref + ", " + value(required(property, value)) + ")");
			case REMOVE -> this.removes.add(ref);
			case INCREMENT -> this.sets.add(ref + " = if_not_exists(" + ref + ", " + value(AttributeValue.fromN("0"))
					+ ") + " + value(required(property, value)));
			case ADD -> this.adds.add(ref + " " + value(this.converter.writeValue(value)));
			case APPEND -> {
				TypeInformation<?> list = property.getTypeInformation();
				this.sets
					.add(ref + " = list_append(if_not_exists(" + ref + ", " + value(AttributeValue.fromL(List.of()))
							+ "), " + value(this.converter.writeValue(value, list)) + ")");
			}
		}
	}

	private void indexKeys(DynamoUpdate update, Map<String, Object> known, Set<String> removed, Set<String> touched) {
		for (IndexSchema index : this.schema.getIndexes()) {
			List<String> variables = new ArrayList<>();
			if (index.partitionKey() != null) {
				variables.addAll(index.partitionKey().variables());
			}
			if (index.sortKey() != null) {
				variables.addAll(index.sortKey().variables());
			}
			if (variables.stream().noneMatch(touched::contains)) {
				// an upsert writes the index keys its key alone fixes (e.g.
				// ORDER#{orderId})
				if (!update.isUpsert() || variables.stream().anyMatch((v) -> known.get(v) == null)) {
					continue;
				}
			}
			for (Action action : update.actions()) {
				if (variables.contains(action.property()) && action.kind() != Kind.SET
						&& action.kind() != Kind.REMOVE) {
					throw new InvalidDataAccessApiUsageException(action.property() + " is part of index " + index.name()
							+ "'s key and can only be set or removed, not " + action.kind());
				}
			}
			if (variables.stream().anyMatch(removed::contains)) {
				if (!index.local()) {
					this.removes.add(name(index.partitionAttribute()));
				}
				if (index.sortAttribute() != null) {
					this.removes.add(name(index.sortAttribute()));
				}
				continue;
			}
			List<String> missing = variables.stream().filter((v) -> known.get(v) == null).distinct().toList();
			if (!missing.isEmpty()) {
				throw new InvalidDataAccessApiUsageException(
						"Updating " + touched + " of " + this.schema.getTypeName() + " changes index " + index.name()
								+ "'s key; also set " + missing + " in the update, or save the whole entity");
			}
			Map<String, String> rendered = new LinkedHashMap<>();
			variables.forEach((v) -> rendered.put(v, this.schema.renderKeyValue(v, known.get(v))));
			if (!index.local() && index.partitionKey() != null) {
				// a sharded index key takes its shard from the table key
				Map<String, Object> keyValues = new LinkedHashMap<>();
				for (String variable : this.schema.getTableKeyVariables()) {
					keyValues.put(variable, known.get(variable));
				}
				variables.forEach((v) -> keyValues.put(v, known.get(v)));
				this.sets.add(name(index.partitionAttribute()) + " = "
						+ value(AttributeValue.fromS(this.schema.renderIndexPartitionKey(index, keyValues))));
			}
			if (index.sortKey() != null && index.sortAttribute() != null) {
				this.sets.add(name(index.sortAttribute()) + " = "
						+ value(AttributeValue.fromS(index.sortKey().render(rendered))));
			}
		}
	}

	private DynamoPersistentProperty property(String name) {
		DynamoPersistentProperty property = this.schema.getEntity().getPersistentProperty(name);
		if (property == null || property.isTransient()) {
			throw new InvalidDataAccessApiUsageException(this.schema.getTypeName() + " has no property " + name);
		}
		if (this.schema.getTableKeyVariables().contains(name)) {
			throw new InvalidDataAccessApiUsageException(name + " is part of the table key of "
					+ this.schema.getTypeName() + " and cannot be updated; delete and insert instead");
		}
		if (property.isVersionProperty()) {
			throw new InvalidDataAccessApiUsageException("The version of " + this.schema.getTypeName()
					+ " is incremented by every update and cannot be set");
		}
		return property;
	}

	private AttributeValue required(DynamoPersistentProperty property, @Nullable Object value) {
		AttributeValue attribute = (value != null) ? this.converter.writeProperty(property, value) : null;
		if (attribute == null) {
			throw new InvalidDataAccessApiUsageException("No value for " + property.getName());
		}
		return attribute;
	}

	private String name(String attribute) {
		String ref = "#u" + this.names.size();
		for (Map.Entry<String, String> entry : this.names.entrySet()) {
			if (entry.getValue().equals(attribute)) {
				return entry.getKey();
			}
		}
		this.names.put(ref, attribute);
		return ref;
	}

	private String value(@Nullable AttributeValue attribute) {
		String ref = ":u" + this.values.size();
		this.values.put(ref, (attribute != null) ? attribute : AttributeValue.fromNul(true));
		return ref;
	}

	private static void append(StringBuilder expression, String keyword, List<String> clauses) {
		if (!clauses.isEmpty()) {
			expression.append((expression.length() > 0) ? " " : "")
				.append(keyword)
				.append(' ')
				.append(String.join(", ", clauses));
		}
	}

	/**
	 * An update ready for UpdateItem or a transaction.
	 *
	 * @param updateExpression the update expression
	 * @param conditionExpression the condition (item exists unless upserting, version
	 * matches, the update's own conditions), {@code null} for none
	 * @param names the expression attribute names
	 * @param values the expression attribute values
	 */
	record RenderedUpdate(String updateExpression, @Nullable String conditionExpression, Map<String, String> names,
			Map<String, AttributeValue> values) {
	}

}
