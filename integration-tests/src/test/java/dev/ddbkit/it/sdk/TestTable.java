package dev.ddbkit.it.sdk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Creates uniquely named on-demand tables for one test:
 * {@code TestTable.hash("pk", S).range("sk", N).create(ddb)}. Backends live for the whole
 * run, so every table name is new.
 */
final class TestTable {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private final String hashName;

	private final ScalarAttributeType hashType;

	private @Nullable String rangeName;

	private @Nullable ScalarAttributeType rangeType;

	private final Map<String, ScalarAttributeType> attributes = new LinkedHashMap<>();

	private final List<GlobalSecondaryIndex> indexes = new ArrayList<>();

	private final List<LocalSecondaryIndex> localIndexes = new ArrayList<>();

	private TestTable(String hashName, ScalarAttributeType hashType) {
		this.hashName = hashName;
		this.hashType = hashType;
		this.attributes.put(hashName, hashType);
	}

	static TestTable hash(String name, ScalarAttributeType type) {
		return new TestTable(name, type);
	}

	TestTable range(String name, ScalarAttributeType type) {
		this.rangeName = name;
		this.rangeType = type;
		this.attributes.put(name, type);
		return this;
	}

	/**
	 * A GSI projecting ALL, keyed on the given attributes ({@code rangeName} may be
	 * null).
	 */
	TestTable gsi(String indexName, String hashName, ScalarAttributeType hashType, @Nullable String rangeName,
			@Nullable ScalarAttributeType rangeType) {
		this.attributes.put(hashName, hashType);
		List<KeySchemaElement> keys = new ArrayList<>();
		keys.add(key(hashName, KeyType.HASH));
		if (rangeName != null && rangeType != null) {
			this.attributes.put(rangeName, rangeType);
			keys.add(key(rangeName, KeyType.RANGE));
		}
		this.indexes.add(GlobalSecondaryIndex.builder()
			.indexName(indexName)
			.keySchema(keys)
			.projection((projection) -> projection.projectionType(ProjectionType.ALL))
			.build());
		return this;
	}

	/**
	 * An LSI on the table's partition key and {@code rangeName}, with the given
	 * projection.
	 */
	TestTable lsi(String indexName, String rangeName, ScalarAttributeType rangeType, ProjectionType projection) {
		this.attributes.put(rangeName, rangeType);
		this.localIndexes.add(LocalSecondaryIndex.builder()
			.indexName(indexName)
			.keySchema(key(this.hashName, KeyType.HASH), key(rangeName, KeyType.RANGE))
			.projection((builder) -> builder.projectionType(projection))
			.build());
		return this;
	}

	/**
	 * Creates the table under a fresh name and returns the name once the table is ACTIVE.
	 */
	String create(DynamoDbClient ddb) {
		String name = "it-" + COUNTER.incrementAndGet() + "-" + Long.toHexString(System.nanoTime() & 0xffffff);
		List<KeySchemaElement> keySchema = new ArrayList<>();
		keySchema.add(key(this.hashName, KeyType.HASH));
		if (this.rangeName != null) {
			keySchema.add(key(this.rangeName, KeyType.RANGE));
		}
		List<AttributeDefinition> definitions = this.attributes.entrySet()
			.stream()
			.map((entry) -> AttributeDefinition.builder()
				.attributeName(entry.getKey())
				.attributeType(entry.getValue())
				.build())
			.toList();
		CreateTableResponse response = ddb.createTable((request) -> {
			request.tableName(name)
				.keySchema(keySchema)
				.attributeDefinitions(definitions)
				.billingMode(BillingMode.PAY_PER_REQUEST);
			if (!this.indexes.isEmpty()) {
				request.globalSecondaryIndexes(this.indexes);
			}
			if (!this.localIndexes.isEmpty()) {
				request.localSecondaryIndexes(this.localIndexes);
			}
		});
		if (response.tableDescription().tableStatus() != TableStatus.ACTIVE) {
			ddb.waiter().waitUntilTableExists((request) -> request.tableName(name));
		}
		return name;
	}

	ScalarAttributeType hashType() {
		return this.hashType;
	}

	@Nullable ScalarAttributeType rangeType() {
		return this.rangeType;
	}

	private static KeySchemaElement key(String name, KeyType type) {
		return KeySchemaElement.builder().attributeName(name).keyType(type).build();
	}

}
