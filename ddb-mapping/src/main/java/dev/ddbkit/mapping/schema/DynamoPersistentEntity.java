package dev.ddbkit.mapping.schema;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mapping.model.BasicPersistentEntity;
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
		super(information);
		this.defaultTableName = defaultTableName;
		this.tableNamePrefix = tableNamePrefix;
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
	}

}
