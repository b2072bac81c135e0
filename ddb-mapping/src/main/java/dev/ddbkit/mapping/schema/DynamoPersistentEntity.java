package dev.ddbkit.mapping.schema;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.mapping.model.BasicPersistentEntity;
import org.springframework.data.mapping.model.BeanWrapperPropertyAccessorFactory;
import org.springframework.data.mapping.model.PersistentPropertyAccessorFactory;
import org.springframework.data.core.TypeInformation;

/**
 * A type known to the {@link DynamoMappingContext}: either a {@link DynamoEntity} stored
 * as items, whose {@link EntitySchema} is compiled and verified when the entity is added,
 * or a nested type stored as a Map attribute.
 *
 * @param <T> the Java type
 */
public class DynamoPersistentEntity<T> extends BasicPersistentEntity<T, DynamoPersistentProperty> {

	private final @Nullable String defaultTableName;

	private final String tableNamePrefix;

	private final GeneratedAccessors generatedAccessors;

	private PersistentPropertyAccessorFactory readAccessors = BeanWrapperPropertyAccessorFactory.INSTANCE;

	private @Nullable EntitySchema<T> schema;

	/**
	 * Creates the entity.
	 * @param information the type
	 * @param defaultTableName the table of entities that name none
	 */
	public DynamoPersistentEntity(TypeInformation<T> information, @Nullable String defaultTableName) {
		this(information, defaultTableName, "");
	}

	/**
	 * Creates the entity.
	 * @param information the type
	 * @param defaultTableName the table of entities that name none
	 * @param tableNamePrefix the prefix of its table name, empty for none
	 */
	public DynamoPersistentEntity(TypeInformation<T> information, @Nullable String defaultTableName,
			String tableNamePrefix) {
		this(information, defaultTableName, tableNamePrefix, new GeneratedAccessors());
	}

	DynamoPersistentEntity(TypeInformation<T> information, @Nullable String defaultTableName, String tableNamePrefix,
			GeneratedAccessors generatedAccessors) {
		super(information);
		this.defaultTableName = defaultTableName;
		this.tableNamePrefix = tableNamePrefix;
		this.generatedAccessors = generatedAccessors;
	}

	/**
	 * Whether the type is annotated with {@link DynamoEntity} (stored as items of a
	 * table).
	 */
	public boolean isDynamoEntity() {
		return isAnnotationPresent(DynamoEntity.class);
	}

	/**
	 * The compiled schema of a {@link DynamoEntity}.
	 * @return the schema
	 * @throws IllegalStateException when the type is not a {@link DynamoEntity}
	 */
	public EntitySchema<T> getRequiredSchema() {
		if (this.schema == null) {
			throw new IllegalStateException(getType().getName() + " is not annotated with @DynamoEntity");
		}
		return this.schema;
	}

	/**
	 * An accessor that reads the properties of one bean, created once for the bean. For
	 * immutable types (records) {@link #getPropertyAccessor(Object)} creates a new
	 * accessor on every read so that a write can copy the bean; this one reads the same
	 * values through Spring Data's generated accessor (or a bean wrapper where none can
	 * be generated) without that cost. It must not be used to set properties.
	 * @param bean an instance of this entity's type
	 * @param <B> the bean type
	 * @return the accessor
	 * @throws IllegalArgumentException when the bean is not of this entity's type
	 */
	public <B> PersistentPropertyAccessor<B> getReadAccessor(B bean) {
		if (!getType().isInstance(bean)) {
			throw new IllegalArgumentException("Target bean of type " + bean.getClass().getName()
					+ " is not of type of the persistent entity (" + getType().getName() + ")");
		}
		return this.readAccessors.getPropertyAccessor(this, bean);
	}

	/**
	 * Verifies the mapping and compiles the schema.
	 * @throws dev.ddbkit.mapping.DynamoMappingException listing every violation of the
	 * entity
	 */
	@Override
	public void verify() {
		super.verify();
		if (isDynamoEntity()) {
			this.schema = new EntitySchemaVerifier().verify(this, this.defaultTableName, this.tableNamePrefix);
		}
		if (this.generatedAccessors.prepare(this)) {
			this.readAccessors = this.generatedAccessors;
		}
	}

}
