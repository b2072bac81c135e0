package dev.ddbkit.engine.client;

import java.time.Instant;
import java.time.InstantSource;

import dev.ddbkit.engine.DynamoEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.OnDemandThroughput;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static dev.ddbkit.engine.client.Tables.attribute;
import static dev.ddbkit.engine.client.Tables.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// API Reference, "CreateTable" / "UpdateTable": OnDemandThroughput is the maximum throughput of an on-demand
// (PAY_PER_REQUEST) table. DynamoDB rejects it for a table that is or stays PROVISIONED with a ValidationException
// naming the first member given, MaxReadRequestUnits before MaxWriteRequestUnits; the CreateTable and UpdateTable
// texts differ ("table" / "the table", full stop) as captured from the service (nubo-db/dynoxide pull request 161,
// eu-west-2, 2026-07-24).
class LocalDynamoDbClientOnDemandBillingUnitTests {

	private final DynamoEngine engine = DynamoEngine.builder()
		.clock(InstantSource.fixed(Instant.parse("2026-01-01T00:00:00Z")))
		.build();

	private final DynamoDbClient client = this.engine.client();

	@AfterEach
	void close() {
		this.engine.close();
	}

	@Test
	void createTableRejectsAMaximumForAProvisionedTableNamingTheReadSideFirst() {
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.createTable(orders(BillingMode.PROVISIONED, maximum(10L, 5L))))
			.satisfies((ex) -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("ValidationException"))
			.withMessageStartingWith("One or more parameter values were invalid: MaxReadRequestUnits for "
					+ "OnDemandThroughput cannot be specified when table BillingMode is PROVISIONED. ");
		assertThat(this.client.listTables().tableNames()).isEmpty();
	}

	@Test
	void createTableNamesTheWriteSideWhenOnlyItIsGiven() {
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.createTable(orders(BillingMode.PROVISIONED, maximum(null, 5L))))
			.withMessageStartingWith("One or more parameter values were invalid: MaxWriteRequestUnits for "
					+ "OnDemandThroughput cannot be specified when table BillingMode is PROVISIONED. ");
	}

	@Test
	void updateTableRejectsAMaximumForATableThatStaysProvisioned() {
		this.client.createTable(orders(BillingMode.PROVISIONED, null));
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client
				.updateTable((update) -> update.tableName("Orders").onDemandThroughput(maximum(null, 5L))))
			.withMessageStartingWith("One or more parameter values were invalid: MaxWriteRequestUnits for "
					+ "OnDemandThroughput cannot be specified when the table BillingMode is PROVISIONED (");
		assertThat(this.client.describeTable((describe) -> describe.tableName("Orders")).table().onDemandThroughput())
			.isNull();
	}

	@Test
	void updateTableRejectsAMaximumWithASwitchToProvisioned() {
		this.client.createTable(orders(BillingMode.PAY_PER_REQUEST, null));
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.updateTable((update) -> update.tableName("Orders")
				.billingMode(BillingMode.PROVISIONED)
				.provisionedThroughput(units(5))
				.onDemandThroughput(maximum(10L, null))))
			.withMessageStartingWith("One or more parameter values were invalid: MaxReadRequestUnits for "
					+ "OnDemandThroughput cannot be specified when the table BillingMode is PROVISIONED (");
	}

	@Test
	void aMaximumIsAcceptedWithASwitchToOnDemand() {
		this.client.createTable(orders(BillingMode.PROVISIONED, null));
		this.client.updateTable((update) -> update.tableName("Orders")
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.onDemandThroughput(maximum(10L, null)));
		assertThat(this.client.describeTable((describe) -> describe.tableName("Orders"))
			.table()
			.onDemandThroughput()
			.maxReadRequestUnits()).isEqualTo(10L);
	}

	private static CreateTableRequest orders(BillingMode mode, OnDemandThroughput maximum) {
		return CreateTableRequest.builder()
			.tableName("Orders")
			.attributeDefinitions(attribute("order", ScalarAttributeType.S))
			.keySchema(key("order", KeyType.HASH))
			.billingMode(mode)
			.provisionedThroughput((mode == BillingMode.PROVISIONED) ? units(5) : null)
			.onDemandThroughput(maximum)
			.build();
	}

	private static ProvisionedThroughput units(long units) {
		return ProvisionedThroughput.builder().readCapacityUnits(units).writeCapacityUnits(units).build();
	}

	private static OnDemandThroughput maximum(Long read, Long write) {
		return OnDemandThroughput.builder().maxReadRequestUnits(read).maxWriteRequestUnits(write).build();
	}

}
