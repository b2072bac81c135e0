package dev.ddbkit.mapping.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dev.ddbkit.mapping.convert.DynamoConverter;
import dev.ddbkit.mapping.schema.AccessPath;
import dev.ddbkit.mapping.schema.DynamoPersistentEntity;
import dev.ddbkit.mapping.schema.DynamoPersistentProperty;
import dev.ddbkit.mapping.schema.EntitySchema;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.projection.ProjectionInformation;
import org.springframework.data.projection.SpelAwareProxyProjectionFactory;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads items of an entity into a projection: a DTO (class or record whose properties are
 * named like the entity's) or an interface of getters (a closed projection, Spring Data's
 * proxies backed by the values read). Only the attributes the projection needs are
 * requested ({@code ProjectionExpression}), plus the entity-type attribute and the keys
 * that paging needs. An open interface projection (with {@code @Value} expressions) or a
 * type the entity itself is reads whole items.
 * <p>
 * Source: DynamoDB Developer Guide, "Projection expressions"; Spring Data Commons,
 * "Projections".
 *
 * @param <P> the projection type
 */
final class ProjectionReader<P> implements Function<Map<String, AttributeValue>, P> {

	private static final SpelAwareProxyProjectionFactory FACTORY = new SpelAwareProxyProjectionFactory();

	private final EntitySchema<?> schema;

	private final DynamoConverter converter;

	private final Class<P> type;

	/** Entity property to the projection's attribute; {@code null}: the whole entity. */
	private final @Nullable Map<DynamoPersistentProperty, String> properties;

	ProjectionReader(EntitySchema<?> schema, DynamoConverter converter, Class<P> type) {
		this.schema = schema;
		this.converter = converter;
		this.type = type;
		this.properties = properties(schema, converter, type);
	}

	private static @Nullable Map<DynamoPersistentProperty, String> properties(EntitySchema<?> schema,
			DynamoConverter converter, Class<?> type) {
		if (type.isAssignableFrom(schema.getType())) {
			return null;
		}
		List<String> names = new ArrayList<>();
		DynamoPersistentEntity<?> dto = null;
		if (type.isInterface()) {
			ProjectionInformation information = FACTORY.getProjectionInformation(type);
			if (!information.isClosed()) {
				return null;
			}
			information.getInputProperties().forEach((descriptor) -> names.add(descriptor.getName()));
		}
		else {
			dto = converter.getMappingContext().getRequiredPersistentEntity(type);
			dto.doWithProperties((DynamoPersistentProperty property) -> {
				if (!property.isTransient()) {
					names.add(property.getName());
				}
			});
		}
		Map<DynamoPersistentProperty, String> properties = new LinkedHashMap<>();
		for (String name : names) {
			DynamoPersistentProperty property = schema.getEntity().getPersistentProperty(name);
			if (property == null || property.isTransient()) {
				throw new InvalidDataAccessApiUsageException("Projection " + type.getName() + " reads " + name
						+ ", which entity " + schema.getTypeName() + " does not store");
			}
			properties.put(property,
					(dto != null) ? dto.getRequiredPersistentProperty(name).getAttributeName() : property.getName());
		}
		return properties;
	}

	/**
	 * The projection expression of a read on a path: the projection's attributes, the
	 * entity-type attribute and the keys of the table and of the path.
	 * @param path the table or index read, {@code null} for GetItem
	 * @return the expression, {@code null} to read whole items
	 */
	@Nullable Rendered render(@Nullable AccessPath path) {
		if (this.properties == null) {
			return null;
		}
		Set<String> attributes = new LinkedHashSet<>();
		this.properties.keySet().forEach((property) -> attributes.add(property.getAttributeName()));
		attributes.add(EntitySchema.TYPE_ATTRIBUTE);
		attributes.add(EntitySchema.PARTITION_KEY_ATTRIBUTE);
		attributes.add(EntitySchema.SORT_KEY_ATTRIBUTE);
		if (path != null) {
			attributes.add(path.partitionAttribute());
			if (path.sortAttribute() != null) {
				attributes.add(path.sortAttribute());
			}
		}
		Map<String, String> names = new LinkedHashMap<>();
		for (String attribute : attributes) {
			names.put("#p" + names.size(), attribute);
		}
		return new Rendered(String.join(", ", names.keySet()), names);
	}

	@Override
	public P apply(Map<String, AttributeValue> item) {
		if (this.properties == null) {
			Object entity = this.converter.read(this.schema.getType(), item);
			return this.type.isInstance(entity) ? this.type.cast(entity) : FACTORY.createProjection(this.type, entity);
		}
		if (this.type.isInterface()) {
			Map<String, Object> values = new LinkedHashMap<>();
			this.properties.keySet().forEach((property) -> {
				AttributeValue attribute = item.get(property.getAttributeName());
				values.put(property.getName(),
						(attribute != null) ? this.converter.readProperty(property, attribute) : null);
			});
			return FACTORY.createProjection(this.type, values);
		}
		Map<String, AttributeValue> renamed = new LinkedHashMap<>();
		this.properties.forEach((property, attribute) -> {
			AttributeValue value = item.get(property.getAttributeName());
			if (value != null) {
				renamed.put(attribute, value);
			}
		});
		return this.converter.read(this.type, renamed);
	}

	/**
	 * A {@code ProjectionExpression} and its attribute names.
	 *
	 * @param expression e.g. {@code #p0, #p1, #p2}
	 * @param names the placeholders' attribute names
	 */
	record Rendered(String expression, Map<String, String> names) {
	}

}
