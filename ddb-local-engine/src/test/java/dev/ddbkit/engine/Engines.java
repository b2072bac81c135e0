package dev.ddbkit.engine;

import java.time.Instant;
import java.time.InstantSource;
import java.util.function.UnaryOperator;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Engines for the engine's own tests, on a {@link DynamoManualClock} so that nothing
 * sleeps. A test holds its engine in a field marked {@code @AutoClose}.
 */
public final class Engines {

	/** Where every test clock starts. */
	public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

	private Engines() {
	}

	/** A new clock standing at {@link #START}. */
	public static DynamoManualClock clock() {
		return new DynamoManualClock(START);
	}

	/** An engine on the clock with the default settings. */
	public static DynamoEngine on(InstantSource clock) {
		return DynamoEngine.builder().clock(clock).build();
	}

	/** An engine on the clock with the default settings changed by {@code settings}. */
	public static DynamoEngine on(InstantSource clock, UnaryOperator<EngineSettings> settings) {
		return DynamoEngine.builder().clock(clock).settings(settings.apply(EngineSettings.defaults())).build();
	}

	/**
	 * Creates the on-demand table {@code Orders}, keyed by the string {@code PK}, with
	 * the GSI {@code byStatus} on the string {@code status}.
	 */
	public static void createOrdersByStatus(DynamoDbClient client, ProjectionType projection) {
		client.createTable((request) -> request.tableName("Orders")
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.attributeDefinitions((attribute) -> attribute.attributeName("PK").attributeType(ScalarAttributeType.S),
					(attribute) -> attribute.attributeName("status").attributeType(ScalarAttributeType.S))
			.keySchema((key) -> key.attributeName("PK").keyType(KeyType.HASH))
			.globalSecondaryIndexes((index) -> index.indexName("byStatus")
				.keySchema((key) -> key.attributeName("status").keyType(KeyType.HASH))
				.projection((spec) -> spec.projectionType(projection))));
	}

	/**
	 * An engine on a new clock that does not enforce throughput, for tests of sizes,
	 * paging and concurrency whose writes to one partition key would exceed one
	 * partition's 1,000 WCU per second in DynamoDB too.
	 */
	public static DynamoEngine unenforced() {
		return on(clock(), (settings) -> settings.withCapacityEnforcement(EngineSettings.CapacityEnforcement.OFF));
	}

}
