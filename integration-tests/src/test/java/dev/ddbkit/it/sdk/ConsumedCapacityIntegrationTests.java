package dev.ddbkit.it.sdk;

import java.util.Map;

import dev.ddbkit.it.backend.DynamoCapability;
import dev.ddbkit.it.backend.EveryBackend;
import dev.ddbkit.it.backend.RequiresCapability;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static dev.ddbkit.it.sdk.Attributes.item;
import static dev.ddbkit.it.sdk.Attributes.s;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ReturnConsumedCapacity with the documented unit arithmetic (DG "Read/write capacity
 * mode": a write unit is 1 KB rounded up; a strongly consistent read unit is 4 KB rounded
 * up, eventually consistent reads cost half).
 */
@EveryBackend
@RequiresCapability(DynamoCapability.CAPACITY_ACCOUNTING)
class ConsumedCapacityIntegrationTests {

	private final DynamoDbClient ddb;

	private String table = "";

	ConsumedCapacityIntegrationTests(DynamoDbClient ddb) {
		this.ddb = ddb;
	}

	@BeforeEach
	void createTable() {
		this.table = TestTable.hash("pk", ScalarAttributeType.S).create(this.ddb);
	}

	@Test
	void chargesWritesPerKilobyteRoundedUp() {
		// A 1.5 KB item costs 2 write units.
		ConsumedCapacity consumed = this.ddb
			.putItem((request) -> request.tableName(this.table)
				.item(item("pk", s("a"), "v", s("x".repeat(1_500))))
				.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
			.consumedCapacity();
		assertThat(consumed.tableName()).isEqualTo(this.table);
		assertThat(consumed.capacityUnits()).isEqualTo(2.0);
	}

	@Test
	void chargesReadsPerFourKilobytesAndHalvesEventuallyConsistentReads() {
		// A 10 KB item costs 3 read units strongly consistent and 1.5 eventually
		// consistent.
		this.ddb
			.putItem((request) -> request.tableName(this.table).item(item("pk", s("a"), "v", s("x".repeat(10_000)))));
		Map<Boolean, Double> units = Map.of(true, read(true), false, read(false));
		assertThat(units).containsEntry(true, 3.0).containsEntry(false, 1.5);
	}

	private double read(boolean consistent) {
		return this.ddb
			.getItem((request) -> request.tableName(this.table)
				.key(item("pk", s("a")))
				.consistentRead(consistent)
				.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
			.consumedCapacity()
			.capacityUnits();
	}

}
