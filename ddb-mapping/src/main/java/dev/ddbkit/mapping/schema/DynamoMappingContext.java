package dev.ddbkit.mapping.schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.ddbkit.mapping.DynamoMappingException;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mapping.MappingException;
import org.springframework.data.mapping.context.AbstractMappingContext;
import org.springframework.data.mapping.model.Property;
import org.springframework.data.mapping.model.SimpleTypeHolder;
import org.springframework.data.core.TypeInformation;

import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

/**
 * The Spring Data mapping context of ddbkit: knows every entity, compiles and verifies
 * each {@link dev.ddbkit.mapping.annotation.DynamoEntity} into an {@link EntitySchema}
 * when it is added, and describes the tables the entities need.
 * <p>
 * Typical set-up: {@code new DynamoMappingContext()},
 * {@link #setDefaultTableName(String)}, {@link #setInitialEntitySet(Set)} with the
 * scanned {@code @DynamoEntity} classes, then {@link #initialize()}, which verifies every
 * entity and the tables they share and fails with every violation at once.
 */
public class DynamoMappingContext extends AbstractMappingContext<DynamoPersistentEntity<?>, DynamoPersistentProperty> {

	/** Types stored as one scalar attribute rather than as a nested Map. */
	public static final SimpleTypeHolder SIMPLE_TYPES = new SimpleTypeHolder(Set.of(Instant.class, LocalDate.class,
			LocalDateTime.class, LocalTime.class, BigDecimal.class, BigInteger.class, UUID.class, byte[].class), true);

	private @Nullable String defaultTableName;

	private String tableNamePrefix = "";

	private final Map<String, EntitySchema<?>> schemasByType = new ConcurrentHashMap<>();

	// every read and write looks its entity up by class: answered without the context's
	// lock and type lookup once known (an entity, once added, is never replaced)
	private final Map<Class<?>, DynamoPersistentEntity<?>> entitiesByClass = new ConcurrentHashMap<>();

	private final GeneratedAccessors generatedAccessors = new GeneratedAccessors();

	private final DynamoAccessPatterns accessPatterns = new DynamoAccessPatterns(this::getEntitySchemas);

	/** Creates an empty context. */
	public DynamoMappingContext() {
		setSimpleTypeHolder(SIMPLE_TYPES);
	}

	/**
	 * Sets the table of entities whose {@code @DynamoEntity} names none. Set it before
	 * entities are added.
	 * @param defaultTableName the table name
	 */
	public void setDefaultTableName(@Nullable String defaultTableName) {
		this.defaultTableName = defaultTableName;
	}

	/**
	 * Sets a prefix put before every table name of the entities, the default table's and
	 * those named by {@code @DynamoEntity(table)} alike (e.g. {@code "test-"}), so that
	 * one account can hold the tables of several environments. Set it before entities are
	 * added.
	 * @param tableNamePrefix the prefix, empty for none
	 */
	public void setTableNamePrefix(String tableNamePrefix) {
		this.tableNamePrefix = tableNamePrefix;
	}

	/** The prefix of every table name, empty for none. */
	public String getTableNamePrefix() {
		return this.tableNamePrefix;
	}

	/**
	 * Makes the types of application converters scalars of this context. Call before
	 * entities are added.
	 * @param conversions the application's conversions
	 */
	public void setCustomConversions(dev.ddbkit.mapping.convert.DynamoCustomConversions conversions) {
		setSimpleTypeHolder(conversions.getSimpleTypeHolder());
	}

	/** The table of entities that name none. */
	public @Nullable String getDefaultTableName() {
		return this.defaultTableName;
	}

	/**
	 * Adds the initial entities and verifies them, then the tables they share.
	 * @throws dev.ddbkit.mapping.DynamoMappingException listing every violation
	 */
	@Override
	public void initialize() {
		super.initialize();
		new EntitySchemaVerifier().verifyTables(getEntitySchemas());
	}

	/**
	 * The schema of a {@code @DynamoEntity}, adding and verifying the entity first if
	 * needed.
	 * @param type the entity class
	 * @param <T> the entity type
	 * @return the schema
	 * @throws dev.ddbkit.mapping.DynamoMappingException when the entity's mapping is
	 * invalid
	 * @throws IllegalStateException when the type is not a {@code @DynamoEntity}
	 */
	@SuppressWarnings("unchecked")
	public <T> EntitySchema<T> getRequiredEntitySchema(Class<T> type) {
		return ((DynamoPersistentEntity<T>) getRequiredPersistentEntity(type)).getRequiredSchema();
	}

	/**
	 * The entity of a class, adding it first if needed, as
	 * {@link AbstractMappingContext#getPersistentEntity(Class)}.
	 * @param type the class
	 * @return the entity, {@code null} for simple types
	 */
	@Override
	public @Nullable DynamoPersistentEntity<?> getPersistentEntity(Class<?> type) {
		DynamoPersistentEntity<?> known = this.entitiesByClass.get(type);
		if (known != null) {
			return known;
		}
		DynamoPersistentEntity<?> entity = super.getPersistentEntity(type);
		if (entity != null) {
			this.entitiesByClass.put(type, entity);
		}
		return entity;
	}

	/** The schemas of every {@code @DynamoEntity} known so far. */
	public List<EntitySchema<?>> getEntitySchemas() {
		List<EntitySchema<?>> schemas = new ArrayList<>();
		for (DynamoPersistentEntity<?> entity : getPersistentEntities()) {
			if (entity.isDynamoEntity()) {
				schemas.add(entity.getRequiredSchema());
			}
		}
		return schemas;
	}

	/**
	 * The access-pattern report: entities' key templates and the plans of the repository
	 * methods created so far.
	 */
	public DynamoAccessPatterns getAccessPatterns() {
		return this.accessPatterns;
	}

	/**
	 * The schema of the entity whose items carry the given entity-type attribute in the
	 * given table.
	 * @param tableName the table
	 * @param typeName the value of {@value EntitySchema#TYPE_ATTRIBUTE}
	 * @return the schema, or {@code null} when no known entity has that type
	 */
	public @Nullable EntitySchema<?> getEntitySchema(String tableName, String typeName) {
		String key = tableName + '\u0000' + typeName;
		EntitySchema<?> schema = this.schemasByType.get(key);
		if (schema == null) {
			for (EntitySchema<?> candidate : getEntitySchemas()) {
				if (candidate.getTableName().equals(tableName) && candidate.getTypeName().equals(typeName)) {
					this.schemasByType.put(key, candidate);
					return candidate;
				}
			}
		}
		return schema;
	}

	/**
	 * One {@code CreateTable} request per table the entities use: {@code PK}/{@code SK}
	 * strings, every global and local secondary index the entities declare (projection
	 * ALL), on-demand billing.
	 * @return the requests, in order of first use
	 */
	public List<CreateTableRequest> createTableRequests() {
		Map<String, List<EntitySchema<?>>> byTable = new LinkedHashMap<>();
		for (EntitySchema<?> schema : getEntitySchemas()) {
			byTable.computeIfAbsent(schema.getTableName(), (t) -> new ArrayList<>()).add(schema);
		}
		new EntitySchemaVerifier().verifyTables(getEntitySchemas());
		List<CreateTableRequest> requests = new ArrayList<>();
		byTable.forEach((table, schemas) -> requests.add(TableRequests.createTable(table, schemas)));
		return requests;
	}

	/**
	 * Adds an entity, letting a {@link dev.ddbkit.mapping.DynamoMappingException} through
	 * unwrapped so that its violations reach the application's start-up failure.
	 */
	@Override
	protected Optional<DynamoPersistentEntity<?>> addPersistentEntity(TypeInformation<?> typeInformation) {
		try {
			return super.addPersistentEntity(typeInformation);
		}
		catch (MappingException ex) {
			if (ex.getCause() instanceof DynamoMappingException violations) {
				throw violations;
			}
			throw ex;
		}
	}

	/**
	 * The time-to-live attribute of each table whose entities declare
	 * {@link dev.ddbkit.mapping.annotation.TimeToLive}, for {@code UpdateTimeToLive}
	 * (CreateTable cannot enable TTL).
	 * @return table name to attribute name
	 */
	public Map<String, String> timeToLiveAttributes() {
		Map<String, String> attributes = new LinkedHashMap<>();
		for (EntitySchema<?> schema : getEntitySchemas()) {
			DynamoPersistentProperty property = schema.getTimeToLiveProperty();
			if (property != null) {
				attributes.putIfAbsent(schema.getTableName(), property.getAttributeName());
			}
		}
		return attributes;
	}

	@Override
	protected <T> DynamoPersistentEntity<?> createPersistentEntity(TypeInformation<T> typeInformation) {
		return new DynamoPersistentEntity<>(typeInformation, this.defaultTableName, this.tableNamePrefix,
				this.generatedAccessors);
	}

	@Override
	protected DynamoPersistentProperty createPersistentProperty(Property property, DynamoPersistentEntity<?> owner,
			SimpleTypeHolder simpleTypeHolder) {
		return new DynamoPersistentProperty(property, owner, simpleTypeHolder);
	}

}
