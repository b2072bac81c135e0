package dev.ddbkit.mapping.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.ddbkit.mapping.schema.DynamoMappingContext;
import dev.ddbkit.mapping.schema.DynamoPersistentEntity;
import dev.ddbkit.mapping.schema.DynamoPersistentProperty;
import dev.ddbkit.mapping.schema.EntitySchema;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.mapping.PersistentPropertyAccessor;

/**
 * Turns an identifier into the values of the properties that the table's key templates
 * read: a {@code Map}, the value of the single key property, or an object whose
 * properties of the same names cover the templates.
 */
final class IdResolver {

	private final DynamoMappingContext mappingContext;

	IdResolver(DynamoMappingContext mappingContext) {
		this.mappingContext = mappingContext;
	}

	Map<String, Object> keyProperties(EntitySchema<?> schema, Object id) {
		Set<String> variables = schema.getTableKeyVariables();
		Map<String, Object> values = new LinkedHashMap<>();
		if (id instanceof Map<?, ?> map) {
			map.forEach((name, value) -> values.put(String.valueOf(name), value));
			return values;
		}
		if (variables.size() == 1) {
			String variable = variables.iterator().next();
			DynamoPersistentProperty property = schema.getEntity().getRequiredPersistentProperty(variable);
			if (property.getActualType().isInstance(id) || boxed(property.getType()).isInstance(id)) {
				values.put(variable, id);
				return values;
			}
		}
		if (DynamoMappingContext.SIMPLE_TYPES.isSimpleType(id.getClass())) {
			throw new InvalidDataAccessApiUsageException("Identifier " + id + " of " + schema.getTypeName()
					+ " is a single value, but the table key templates read " + variables
					+ "; pass an object or Map with these properties");
		}
		DynamoPersistentEntity<?> idEntity = this.mappingContext.getRequiredPersistentEntity(id.getClass());
		PersistentPropertyAccessor<?> accessor = idEntity.getPropertyAccessor(id);
		for (String variable : variables) {
			DynamoPersistentProperty property = idEntity.getPersistentProperty(variable);
			if (property == null) {
				throw new InvalidDataAccessApiUsageException(
						"Identifier type " + id.getClass().getName() + " has no property " + variable
								+ "; the table key templates of " + schema.getTypeName() + " read " + variables);
			}
			values.put(variable, accessor.getProperty(property));
		}
		return values;
	}

	private static Class<?> boxed(Class<?> type) {
		if (!type.isPrimitive()) {
			return type;
		}
		return (type == int.class) ? Integer.class : (type == long.class) ? Long.class : Object.class;
	}

}
