package dev.ddbkit.engine.client;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.EngineSettings;
import dev.ddbkit.engine.Engines;
import dev.ddbkit.engine.value.ItemSizer;
import dev.ddbkit.engine.value.Item;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

import static dev.ddbkit.engine.client.Tables.s;
import static org.assertj.core.api.Assertions.assertThat;

// Query and Scan read at most 1 MB of item data per call (sizes as in "DynamoDB item
// sizes and formats"); a cut page carries a LastEvaluatedKey and resuming from it returns
// the rest, with nothing lost or repeated (API Reference, "Query", "Scan").
class LocalDynamoDbClientPagingUnitTests {

	private static final int ITEMS = 120;

	// Throughput is not what these tests pin: pages of ~100 KB items written to one
	// partition key would exceed one
	// partition's 1,000 WCU per second in DynamoDB too, so capacity is not enforced here.
	@AutoClose
	private final DynamoEngine engine = Engines.unenforced();

	private final DynamoDbClient client = this.engine.client();

	@Test
	void aQueryPageStopsAtOneMegabyteAndResumingReturnsTheRest() {
		Tables.createSorted(this.client, "Big", ScalarAttributeType.S);
		List<Map<String, AttributeValue>> items = putItems("p");
		QueryRequest request = QueryRequest.builder()
			.tableName("Big")
			.keyConditionExpression("PK = :pk")
			.expressionAttributeValues(Map.of(":pk", s("p")))
			.build();
		QueryResponse first = this.client.query(request);
		int expected = itemsInFirstMegabyte(items);
		assertThat(first.count()).isEqualTo(expected).isLessThan(ITEMS);
		assertThat(first.lastEvaluatedKey()).isEqualTo(Tables.key("p", items.get(expected - 1).get("SK").s()));
		List<String> seen = new ArrayList<>(sortKeys(first.items()));
		Map<String, AttributeValue> start = first.lastEvaluatedKey();
		while (start != null && !start.isEmpty()) {
			QueryResponse next = this.client.query(request.toBuilder().exclusiveStartKey(start).build());
			seen.addAll(sortKeys(next.items()));
			start = next.hasLastEvaluatedKey() ? next.lastEvaluatedKey() : null;
		}
		assertThat(seen).containsExactlyElementsOf(sortKeys(items));
	}

	@Test
	void aScanPageStopsAtOneMegabyteAndResumingVisitsEveryItemOnce() {
		Tables.createSorted(this.client, "Big", ScalarAttributeType.S);
		for (int p = 0; p < 4; p++) {
			putItems("p" + p);
		}
		List<Map<String, AttributeValue>> seen = new ArrayList<>();
		Map<String, AttributeValue> start = null;
		int pages = 0;
		do {
			ScanResponse page = this.client
				.scan(ScanRequest.builder().tableName("Big").exclusiveStartKey(start).build());
			long bytes = page.items().stream().mapToLong(LocalDynamoDbClientPagingUnitTests::size).sum();
			long beforeLast = bytes - size(page.items().get(page.items().size() - 1));
			assertThat(beforeLast).isLessThan(1024 * 1024);
			if (page.hasLastEvaluatedKey()) {
				assertThat(bytes).isGreaterThanOrEqualTo(1024 * 1024);
			}
			seen.addAll(page.items());
			start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
			pages++;
		}
		while (start != null);
		assertThat(pages).isGreaterThan(1);
		Set<String> keys = new HashSet<>();
		seen.forEach((item) -> assertThat(keys.add(item.get("PK").s() + "/" + item.get("SK").s())).isTrue());
		assertThat(keys).hasSize(ITEMS * 4);
	}

	private List<Map<String, AttributeValue>> putItems(String partition) {
		List<Map<String, AttributeValue>> items = new ArrayList<>();
		for (int i = 0; i < ITEMS; i++) {
			Map<String, AttributeValue> item = Map.of("PK", s(partition), "SK", s(String.format("item#%04d", i)),
					"payload", s("x".repeat(10_000 + i)));
			this.client.putItem(PutItemRequest.builder().tableName("Big").item(item).build());
			items.add(item);
		}
		return items;
	}

	private static int itemsInFirstMegabyte(List<Map<String, AttributeValue>> items) {
		long total = 0;
		for (int i = 0; i < items.size(); i++) {
			total += size(items.get(i));
			if (total >= 1024 * 1024) {
				return i + 1;
			}
		}
		return items.size();
	}

	private static long size(Map<String, AttributeValue> item) {
		Item engineItem = ValueConverter.toItem(item);
		return ItemSizer.sizeOf(engineItem);
	}

	private static List<String> sortKeys(List<Map<String, AttributeValue>> items) {
		return items.stream().map((item) -> item.get("SK").s()).toList();
	}

}
