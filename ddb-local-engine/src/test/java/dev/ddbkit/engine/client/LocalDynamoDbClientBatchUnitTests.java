package dev.ddbkit.engine.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.EngineSettings;
import dev.ddbkit.engine.Engines;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import static dev.ddbkit.engine.client.Tables.ORDERS;
import static dev.ddbkit.engine.client.Tables.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// BatchWriteItem takes at most 25 puts/deletes and BatchGetItem at most 100 keys, never
// two on one item; a request that breaks a rule fails whole before any write; what could
// not be done comes back as UnprocessedItems/UnprocessedKeys (API Reference,
// "BatchWriteItem", "BatchGetItem").
class LocalDynamoDbClientBatchUnitTests {

	// Throughput is not what these tests pin: fifty 390 KB items written to one partition
	// key would exceed one
	// partition's 1,000 WCU per second in DynamoDB too, so capacity is not enforced here.
	@AutoClose
	private final DynamoEngine engine = Engines.unenforced();

	private final DynamoDbClient client = this.engine.client();

	@BeforeEach
	void createTable() {
		Tables.createOrders(this.client);
	}

	@Test
	void aBatchWritesPutsAndDeletesAndReportsNothingUnprocessed() {
		List<WriteRequest> puts = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			puts.add(put(Tables.key("c", "o" + i)));
		}
		BatchWriteItemResponse response = this.client
			.batchWriteItem(BatchWriteItemRequest.builder().requestItems(Map.of(ORDERS, puts)).build());
		assertThat(response.unprocessedItems()).isEmpty();
		this.client.batchWriteItem(BatchWriteItemRequest.builder()
			.requestItems(Map.of(ORDERS, List.of(delete(Tables.key("c", "o0")))))
			.build());
		BatchGetItemResponse read = this.client.batchGetItem(BatchGetItemRequest.builder()
			.requestItems(Map.of(ORDERS,
					KeysAndAttributes.builder().keys(Tables.key("c", "o0"), Tables.key("c", "o1")).build()))
			.build());
		assertThat(read.responses().get(ORDERS)).containsExactly(Tables.key("c", "o1"));
		assertThat(read.unprocessedKeys()).isEmpty();
	}

	@Test
	void moreThanTwentyFiveWritesAreRejected() {
		List<WriteRequest> puts = new ArrayList<>();
		for (int i = 0; i < 26; i++) {
			puts.add(put(Tables.key("c", "o" + i)));
		}
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client
				.batchWriteItem(BatchWriteItemRequest.builder().requestItems(Map.of(ORDERS, puts)).build()))
			.satisfies((ex) -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("ValidationException"))
			.withMessageContaining("Member must have length less than or equal to 25");
	}

	@Test
	void duplicateKeysFailTheWholeBatchBeforeAnyWrite() {
		List<WriteRequest> writes = List.of(put(Tables.key("c", "new")), put(Tables.key("c", "o1")),
				delete(Tables.key("c", "o1")));
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client
				.batchWriteItem(BatchWriteItemRequest.builder().requestItems(Map.of(ORDERS, writes)).build()))
			.withMessageStartingWith("Provided list of item keys contains duplicates");
		assertThat(this.client.getItem((request) -> request.tableName(ORDERS).key(Tables.key("c", "new"))).hasItem())
			.isFalse();
	}

	@Test
	void moreThanOneHundredKeysOrDuplicateKeysAreRejected() {
		List<Map<String, AttributeValue>> keys = new ArrayList<>();
		for (int i = 0; i < 101; i++) {
			keys.add(Tables.key("c", "o" + i));
		}
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.batchGetItem(BatchGetItemRequest.builder()
				.requestItems(Map.of(ORDERS, KeysAndAttributes.builder().keys(keys).build()))
				.build()))
			.withMessageStartingWith("Too many items requested for the BatchGetItem call");
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.batchGetItem(BatchGetItemRequest.builder()
				.requestItems(Map.of(ORDERS,
						KeysAndAttributes.builder().keys(Tables.key("c", "a"), Tables.key("c", "a")).build()))
				.build()))
			.withMessageStartingWith("Provided list of item keys contains duplicates");
	}

	@Test
	void aBatchGetStopsAtSixteenMegabytesAndReturnsTheRestAsUnprocessedKeys() {
		List<Map<String, AttributeValue>> keys = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			Map<String, AttributeValue> item = new HashMap<>(Tables.key("big", String.format("o%02d", i)));
			item.put("payload", s("x".repeat(390_000)));
			this.client.putItem((request) -> request.tableName(ORDERS).item(item));
			keys.add(Tables.key("big", String.format("o%02d", i)));
		}
		BatchGetItemResponse response = this.client.batchGetItem(BatchGetItemRequest.builder()
			.requestItems(Map.of(ORDERS,
					KeysAndAttributes.builder().keys(keys).projectionExpression("PK, SK, payload").build()))
			.build());
		int returned = response.responses().get(ORDERS).size();
		// Items of 390,017 bytes: 43 fit in 16 MB (16,777,216 bytes), the 44th would not.
		assertThat(returned).isEqualTo(43);
		KeysAndAttributes unprocessed = response.unprocessedKeys().get(ORDERS);
		assertThat(unprocessed.keys()).hasSize(50 - returned);
		assertThat(unprocessed.projectionExpression()).isEqualTo("PK, SK, payload");
	}

	private static WriteRequest put(Map<String, AttributeValue> item) {
		return WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
	}

	private static WriteRequest delete(Map<String, AttributeValue> key) {
		return WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build();
	}

}
