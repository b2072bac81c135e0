package dev.ddbkit.it.sdk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ddbkit.it.backend.DynamoCapability;
import dev.ddbkit.it.backend.EveryBackend;
import dev.ddbkit.it.backend.RequiresCapability;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;

import static dev.ddbkit.it.sdk.Attributes.item;
import static dev.ddbkit.it.sdk.Attributes.n;
import static dev.ddbkit.it.sdk.Attributes.s;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scan: paging over the whole table, filters with Count/ScannedCount, Select=COUNT and
 * parallel segments (API Scan; DG "Scanning tables", "Parallel scan"). Scan order is the
 * backend's own (by partition hash), so only the set of items and the paging contract are
 * compared.
 */
@EveryBackend
class ScanIntegrationTests {

	private static final int ITEMS = 25;

	private final DynamoDbClient ddb;

	private String table = "";

	ScanIntegrationTests(DynamoDbClient ddb) {
		this.ddb = ddb;
	}

	@BeforeEach
	void createTable() {
		this.table = TestTable.hash("pk", ScalarAttributeType.S).range("sk", ScalarAttributeType.N).create(this.ddb);
		for (int i = 0; i < ITEMS; i++) {
			int number = i;
			this.ddb.putItem((request) -> request.tableName(this.table)
				.item(item("pk", s("p" + (number % 7)), "sk", n(number), "big",
						AttributeValue.fromBool(number >= 20))));
		}
	}

	@Test
	void pagesThroughEveryItemExactlyOnce() {
		// Limit caps the items read per call; following LastEvaluatedKey visits each item
		// once.
		List<Integer> seen = new ArrayList<>();
		int pages = 0;
		Map<String, AttributeValue> start = null;
		do {
			ScanResponse page = this.ddb
				.scan(ScanRequest.builder().tableName(this.table).limit(4).exclusiveStartKey(start).build());
			assertThat(page.count()).isLessThanOrEqualTo(4);
			page.items().forEach((found) -> seen.add(Integer.parseInt(found.get("sk").n())));
			start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
			if (start != null) {
				assertThat(start).containsOnlyKeys("pk", "sk");
			}
			pages++;
		}
		while (start != null);
		assertThat(seen).doesNotHaveDuplicates().hasSize(ITEMS);
		assertThat(pages).isEqualTo(7);
	}

	@Test
	void keepsItemsOfOnePartitionInSortKeyOrder() {
		// Within a partition a Scan returns items in sort-key order.
		List<Integer> partition = this.ddb.scan(ScanRequest.builder().tableName(this.table).build())
			.items()
			.stream()
			.filter((found) -> found.get("pk").equals(s("p3")))
			.map((found) -> Integer.parseInt(found.get("sk").n()))
			.toList();
		assertThat(partition).containsExactly(3, 10, 17, 24);
	}

	@Test
	void filtersAfterReadingAndCountsBoth() {
		// FilterExpression drops items after they are read: Count is what passed,
		// ScannedCount what was read.
		ScanResponse response = this.ddb.scan(ScanRequest.builder()
			.tableName(this.table)
			.filterExpression("big = :yes AND sk >= :min")
			.expressionAttributeValues(Map.of(":yes", AttributeValue.fromBool(true), ":min", n(22)))
			.build());
		assertThat(response.count()).isEqualTo(3);
		assertThat(response.scannedCount()).isEqualTo(ITEMS);
		assertThat(response.items()).extracting((found) -> found.get("sk").n())
			.containsExactlyInAnyOrder("22", "23", "24");
	}

	@Test
	@RequiresCapability(DynamoCapability.SELECT_COUNT)
	void countsWithoutItemsWhenSelectIsCount() {
		// Select=COUNT on Scan returns only the counts.
		ScanResponse response = this.ddb.scan(ScanRequest.builder()
			.tableName(this.table)
			.select(Select.COUNT)
			.filterExpression("big = :yes")
			.expressionAttributeValues(Map.of(":yes", AttributeValue.fromBool(true)))
			.build());
		assertThat(response.count()).isEqualTo(5);
		assertThat(response.scannedCount()).isEqualTo(ITEMS);
		assertThat(response.hasItems()).isFalse();
	}

	@Test
	@RequiresCapability(DynamoCapability.PARALLEL_SCAN)
	void splitsTheTableIntoDisjointSegments() {
		// Segments 0..TotalSegments-1 of a parallel scan are disjoint and together hold
		// every item.
		Set<Integer> union = new HashSet<>();
		int total = 0;
		for (int segment = 0; segment < 3; segment++) {
			int current = segment;
			List<Map<String, AttributeValue>> items = this.ddb
				.scan(ScanRequest.builder().tableName(this.table).segment(current).totalSegments(3).build())
				.items();
			total += items.size();
			items.forEach((found) -> union.add(Integer.parseInt(found.get("sk").n())));
		}
		assertThat(total).isEqualTo(ITEMS);
		assertThat(union).hasSize(ITEMS);
	}

}
