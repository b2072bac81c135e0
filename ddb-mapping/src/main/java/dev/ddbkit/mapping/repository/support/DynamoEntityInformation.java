package dev.ddbkit.mapping.repository.support;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.ddbkit.mapping.schema.DynamoMappingContext;
import dev.ddbkit.mapping.schema.DynamoPersistentEntity;
import dev.ddbkit.mapping.schema.DynamoPersistentProperty;
import dev.ddbkit.mapping.schema.EntitySchema;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mapping.Parameter;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.mapping.model.EntityInstantiators;
import org.springframework.data.mapping.model.ParameterValueProvider;
import org.springframework.data.repository.core.EntityInformation;

/**
 * What a repository knows of its entity: the schema and how the repository's {@code ID}
 * maps to the table key properties, either the single key property itself or a type whose
 * properties cover every key template variable.
 *
 * @param <T> the entity type
 * @param <ID> the identifier type
 */
public class DynamoEntityInformation<T, ID> implements EntityInformation<T, ID> {

	private final EntitySchema<T> schema;

	private final Class<ID> idType;

	private final DynamoMappingContext mappingContext;

	private final @Nullable String singleKeyProperty;

	/**
	 * Creates the information.
	 * @param schema the entity
	 * @param idType the repository's identifier type
	 * @param mappingContext the mapping context (to read and build composite identifiers)
	 */
	public DynamoEntityInformation(EntitySchema<T> schema, Class<ID> idType, DynamoMappingContext mappingContext) {
		this.schema = schema;
		this.idType = idType;
		this.mappingContext = mappingContext;
		Set<String> variables = schema.getTableKeyVariables();
		String single = null;
		if (variables.size() == 1) {
			DynamoPersistentProperty property = schema.getEntity()
				.getRequiredPersistentProperty(variables.iterator().next());
			if (boxed(property.getType()) == boxed(idType)) {
				single = property.getName();
			}
		}
		this.singleKeyProperty = single;
	}

	/** The entity's schema. */
	public EntitySchema<T> getSchema() {
		return this.schema;
	}

	/**
	 * Why {@code ID} cannot identify the entity, or {@code null} when it can.
	 * @return the problem
	 */
	public @Nullable String verifyIdType() {
		if (this.singleKeyProperty != null || this.idType == Object.class) {
			return null;
		}
		Set<String> variables = this.schema.getTableKeyVariables();
		if (DynamoMappingContext.SIMPLE_TYPES.isSimpleType(this.idType)) {
			return "ID type " + this.idType.getSimpleName() + " is a single value, but the table key templates read "
					+ variables + "; use a type with these properties";
		}
		DynamoPersistentEntity<?> id = this.mappingContext.getRequiredPersistentEntity(this.idType);
		Set<String> missing = new LinkedHashSet<>();
		for (String variable : variables) {
			if (id.getPersistentProperty(variable) == null) {
				missing.add(variable);
			}
		}
		return missing.isEmpty() ? null : "ID type " + this.idType.getSimpleName() + " lacks properties " + missing
				+ " that the table key templates read";
	}

	@Override
	public boolean isNew(T entity) {
		DynamoPersistentProperty version = this.schema.getVersionProperty();
		if (version == null) {
			return false;
		}
		Object value = this.schema.getEntity().getPropertyAccessor(entity).getProperty(version);
		return value == null || ((Number) value).longValue() == 0;
	}

	@Override
	@SuppressWarnings("unchecked")
	public @Nullable ID getId(T entity) {
		PersistentPropertyAccessor<T> accessor = this.schema.getEntity().getPropertyAccessor(entity);
		if (this.singleKeyProperty != null) {
			return (ID) accessor
				.getProperty(this.schema.getEntity().getRequiredPersistentProperty(this.singleKeyProperty));
		}
		DynamoPersistentEntity<ID> id = (DynamoPersistentEntity<ID>) this.mappingContext
			.getRequiredPersistentEntity(this.idType);
		ParameterValueProvider<DynamoPersistentProperty> values = new ParameterValueProvider<>() {
			@Override
			public <V> @Nullable V getParameterValue(Parameter<V, DynamoPersistentProperty> parameter) {
				DynamoPersistentProperty property = DynamoEntityInformation.this.schema.getEntity()
					.getPersistentProperty(String.valueOf(parameter.getName()));
				return (property != null) ? (V) accessor.getProperty(property) : null;
			}
		};
		ID instance = new EntityInstantiators().getInstantiatorFor(id).createInstance(id, values);
		PersistentPropertyAccessor<ID> idAccessor = id.getPropertyAccessor(instance);
		for (DynamoPersistentProperty property : id) {
			DynamoPersistentProperty source = this.schema.getEntity().getPersistentProperty(property.getName());
			if (!id.isCreatorArgument(property) && source != null && !property.isImmutable()) {
				idAccessor.setProperty(property, accessor.getProperty(source));
			}
		}
		return idAccessor.getBean();
	}

	@Override
	public Class<ID> getIdType() {
		return this.idType;
	}

	@Override
	public Class<T> getJavaType() {
		return this.schema.getType();
	}

	/** The table key variables, for messages. */
	List<String> keyVariables() {
		return List.copyOf(this.schema.getTableKeyVariables());
	}

	private static Class<?> boxed(Class<?> type) {
		if (type == int.class) {
			return Integer.class;
		}
		if (type == long.class) {
			return Long.class;
		}
		return type;
	}

}
