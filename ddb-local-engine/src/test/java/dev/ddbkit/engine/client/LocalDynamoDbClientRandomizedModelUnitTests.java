package dev.ddbkit.engine.client;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import dev.ddbkit.engine.DynamoEngine;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

import static org.assertj.core.api.Assertions.assertThat;

// Long random sequences of puts, conditional updates, deletes, queries and scans, for S, N
// and B sort keys, must answer exactly as a plain model that orders keys the way DynamoDB
// documents (S by UTF-8 bytes, N numerically, B by unsigned bytes), with paging by
// Limit/LastEvaluatedKey losing and repeating nothing.
class LocalDynamoDbClientRandomizedModelUnitTests {

	private static final List<String> ALPHABET = List.of("a", "b", "Z", "é", "\uFFFD", "\uD83D\uDE00", "0", "#");

	@AutoClose
	private final DynamoEngine engine = DynamoEngine.create();

	private final DynamoDbClient client = this.engine.client();

	@Test
	void stringSortKeysBehaveLikeTheModel() {
		run("Strings", ScalarAttributeType.S, 11);
	}

	@Test
	void numberSortKeysBehaveLikeTheModel() {
		run("Numbers", ScalarAttributeType.N, 12);
	}

	@Test
	void binarySortKeysBehaveLikeTheModel() {
		run("Binaries", ScalarAttributeType.B, 13);
	}

	private void run(String table, ScalarAttributeType type, long seed) {
		Tables.createSorted(this.client, table, type);
		Random random = new Random(seed);
		Map<String, TreeMap<AttributeValue, Map<String, AttributeValue>>> model = new HashMap<>();
		for (int step = 0; step < 700; step++) {
			String partition = "p" + random.nextInt(3);
			AttributeValue sortKey = randomKey(type, random);
			TreeMap<AttributeValue, Map<String, AttributeValue>> items = model.computeIfAbsent(partition,
					(p) -> new TreeMap<>(order(type)));
			Map<String, AttributeValue> key = Map.of("PK", Tables.s(partition), "SK", sortKey);
			switch (random.nextInt(6)) {
				case 0, 1 -> put(table, key, items, random);
				case 2 -> conditionalIncrement(table, key, items, random);
				case 3 -> {
					this.client.deleteItem((request) -> request.tableName(table).key(key));
					items.remove(sortKey);
				}
				case 4 -> assertQuery(table, partition, items, random);
				default -> assertScanSize(table, model, random);
			}
		}
	}

	private void put(String table, Map<String, AttributeValue> key,
			TreeMap<AttributeValue, Map<String, AttributeValue>> items, Random random) {
		Map<String, AttributeValue> item = new HashMap<>(key);
		item.put("v", Tables.n(Integer.toString(random.nextInt(3))));
		this.client.putItem((request) -> request.tableName(table).item(item));
		items.put(key.get("SK"), item);
	}

	private void conditionalIncrement(String table, Map<String, AttributeValue> key,
			TreeMap<AttributeValue, Map<String, AttributeValue>> items, Random random) {
		String expected = Integer.toString(random.nextInt(3));
		Map<String, AttributeValue> current = items.get(key.get("SK"));
		boolean holds = current != null && current.get("v").n().equals(expected);
		try {
			this.client.updateItem((request) -> request.tableName(table)
				.key(key)
				.updateExpression("SET v = v + :one")
				.conditionExpression("v = :expected")
				.expressionAttributeValues(Map.of(":one", Tables.n("1"), ":expected", Tables.n(expected))));
			assertThat(holds).isTrue();
			Map<String, AttributeValue> updated = new HashMap<>(current);
			updated.put("v", Tables.n(Integer.toString(Integer.parseInt(expected) + 1)));
			items.put(key.get("SK"), updated);
		}
		catch (ConditionalCheckFailedException ex) {
			assertThat(holds).isFalse();
		}
	}

	private void assertQuery(String table, String partition, TreeMap<AttributeValue, Map<String, AttributeValue>> items,
			Random random) {
		boolean forward = random.nextBoolean();
		int limit = 1 + random.nextInt(4);
		List<Map<String, AttributeValue>> expected = new ArrayList<>(
				forward ? items.values() : items.descendingMap().values());
		List<Map<String, AttributeValue>> actual = new ArrayList<>();
		Map<String, AttributeValue> start = null;
		do {
			QueryResponse page = this.client.query(QueryRequest.builder()
				.tableName(table)
				.keyConditionExpression("PK = :pk")
				.expressionAttributeValues(Map.of(":pk", Tables.s(partition)))
				.scanIndexForward(forward)
				.limit(limit)
				.exclusiveStartKey(start)
				.build());
			assertThat(page.count()).isLessThanOrEqualTo(limit);
			actual.addAll(page.items());
			start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
		}
		while (start != null);
		assertThat(actual).containsExactlyElementsOf(expected);
	}

	private void assertScanSize(String table, Map<String, TreeMap<AttributeValue, Map<String, AttributeValue>>> model,
			Random random) {
		int limit = 1 + random.nextInt(7);
		int expected = model.values().stream().mapToInt(Map::size).sum();
		List<Map<String, AttributeValue>> seen = new ArrayList<>();
		Map<String, AttributeValue> start = null;
		do {
			Map<String, AttributeValue> from = start;
			ScanResponse page = this.client
				.scan((request) -> request.tableName(table).limit(limit).exclusiveStartKey(from));
			seen.addAll(page.items());
			start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
		}
		while (start != null);
		assertThat(seen).hasSize(expected).doesNotHaveDuplicates();
	}

	private static AttributeValue randomKey(ScalarAttributeType type, Random random) {
		return switch (type) {
			case N -> Tables.n(BigDecimal.valueOf(random.nextInt(2001) - 1000, random.nextInt(3))
				.stripTrailingZeros()
				.toPlainString());
			case B -> {
				byte[] bytes = new byte[1 + random.nextInt(3)];
				for (int i = 0; i < bytes.length; i++) {
					bytes[i] = (byte) (random.nextBoolean() ? random.nextInt(4) : 250 + random.nextInt(6));
				}
				yield AttributeValue.fromB(SdkBytes.fromByteArray(bytes));
			}
			default -> {
				StringBuilder text = new StringBuilder();
				for (int i = 1 + random.nextInt(3); i > 0; i--) {
					text.append(ALPHABET.get(random.nextInt(ALPHABET.size())));
				}
				yield Tables.s(text.toString());
			}
		};
	}

	/** DynamoDB's documented key order, written independently of the engine's. */
	private static Comparator<AttributeValue> order(ScalarAttributeType type) {
		return switch (type) {
			case N -> Comparator.comparing((value) -> new BigDecimal(value.n()));
			case B -> (left, right) -> Arrays.compareUnsigned(left.b().asByteArray(), right.b().asByteArray());
			default -> (left, right) -> Arrays.compareUnsigned(left.s().getBytes(StandardCharsets.UTF_8),
					right.s().getBytes(StandardCharsets.UTF_8));
		};
	}

}
