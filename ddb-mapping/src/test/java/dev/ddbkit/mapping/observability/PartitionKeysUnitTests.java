package dev.ddbkit.mapping.observability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import static org.assertj.core.api.Assertions.assertThat;

class PartitionKeysUnitTests {

	private final PartitionKeys singleTable = new PartitionKeys(DynamoKeyNames
		.byTable(Map.of("orders", DynamoKeyNames.SINGLE_TABLE, "events", new DynamoKeyNames("deviceId", "at"))));

	@Test
	void takesThePartitionKeyOfAKeyOrAnItem() {
		assertThat(keys(GetItemRequest.builder().tableName("orders").key(key("ORDER#1")).build()))
			.containsExactly("orders:ORDER#1");
		assertThat(keys(UpdateItemRequest.builder().tableName("orders").key(key("ORDER#2")).build()))
			.containsExactly("orders:ORDER#2");
		assertThat(keys(PutItemRequest.builder()
			.tableName("events")
			.item(Map.of("deviceId", AttributeValue.fromN("42"), "at", AttributeValue.fromS("2024-05-01"), "payload",
					AttributeValue.fromS("x")))
			.build())).containsExactly("events:42");
	}

	@Test
	void rendersBinaryKeysAsBase64() {
		assertThat(keys(GetItemRequest.builder()
			.tableName("events")
			.key(Map.of("deviceId", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] { 1, 2, (byte) 255 }))))
			.build())).containsExactly("events:AQL/");
	}

	// A key condition must test the partition key for equality; the sort key may use any
	// comparison.
	@Test
	void takesThePartitionKeyFromTheEqualityOfATableQuery() {
		assertThat(keys(QueryRequest.builder()
			.tableName("orders")
			.keyConditionExpression("#sk = :s AND #pk = :p")
			.expressionAttributeNames(Map.of("#pk", "PK", "#sk", "SK"))
			.expressionAttributeValues(
					Map.of(":p", AttributeValue.fromS("CUSTOMER#7"), ":s", AttributeValue.fromS("x")))
			.build())).containsExactly("orders:CUSTOMER#7");
		assertThat(keys(QueryRequest.builder()
			.tableName("orders")
			.keyConditionExpression(":p=PK and begins_with(SK, :s)")
			.expressionAttributeValues(
					Map.of(":p", AttributeValue.fromS("CUSTOMER#8"), ":s", AttributeValue.fromS("x")))
			.build())).containsExactly("orders:CUSTOMER#8");
		assertThat(keys(QueryRequest.builder()
			.tableName("orders")
			.keyConditions(Map.of("PK",
					Condition.builder()
						.comparisonOperator(ComparisonOperator.EQ)
						.attributeValueList(AttributeValue.fromS("CUSTOMER#9"))
						.build()))
			.build())).containsExactly("orders:CUSTOMER#9");
	}

	@Test
	void skipsIndexQueriesAndScans() {
		assertThat(keys(QueryRequest.builder()
			.tableName("orders")
			.indexName("GSI1")
			.keyConditionExpression("GSI1PK = :p")
			.expressionAttributeValues(Map.of(":p", AttributeValue.fromS("STATUS#PAID")))
			.build())).isEmpty();
		assertThat(keys(ScanRequest.builder().tableName("orders").build())).isEmpty();
	}

	@Test
	void takesEveryKeyOfBatchesAndTransactions() {
		assertThat(keys(BatchWriteItemRequest.builder()
			.requestItems(Map.of("orders", List.of(
					WriteRequest.builder().putRequest(PutRequest.builder().item(key("ORDER#1")).build()).build(),
					WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key("ORDER#2")).build()).build())))
			.build())).containsExactly("orders:ORDER#1", "orders:ORDER#2");
		assertThat(keys(TransactWriteItemsRequest.builder()
			.transactItems((item) -> item.put((put) -> put.tableName("orders").item(key("ORDER#3"))),
					(item) -> item.conditionCheck((check) -> check.tableName("orders").key(key("ORDER#4"))))
			.build())).containsExactly("orders:ORDER#3", "orders:ORDER#4");
	}

	@Test
	void withoutKeyNamesTakesOnlyAKeyOfOneAttribute() {
		assertThat(keys(
				GetItemRequest.builder().tableName("sessions").key(Map.of("id", AttributeValue.fromS("s-1"))).build()))
			.containsExactly("sessions:s-1");
		assertThat(keys(GetItemRequest.builder().tableName("sessions").key(key("ORDER#1")).build())).isEmpty();
		assertThat(keys(GetItemRequest.builder()
			.tableName("orders")
			.key(Map.of("orderId", AttributeValue.fromS("o-1")))
			.build())).containsExactly("orders:o-1");
		assertThat(keys(
				PutItemRequest.builder().tableName("sessions").item(Map.of("id", AttributeValue.fromS("s-1"))).build()))
			.isEmpty();
	}

	private List<String> keys(DynamoDbRequest request) {
		List<String> keys = new ArrayList<>();
		this.singleTable.extract(request, (table, key) -> keys.add(table + ":" + key));
		return keys;
	}

	private static Map<String, AttributeValue> key(String partition) {
		return Map.of("PK", AttributeValue.fromS(partition), "SK", AttributeValue.fromS(partition));
	}

}
