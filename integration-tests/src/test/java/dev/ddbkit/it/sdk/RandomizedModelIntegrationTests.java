package dev.ddbkit.it.sdk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

import dev.ddbkit.it.backend.EveryBackend;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

import static dev.ddbkit.it.sdk.Attributes.item;
import static dev.ddbkit.it.sdk.Attributes.n;
import static dev.ddbkit.it.sdk.Attributes.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Long seeded random sequences of puts, conditional puts, version-checked updates,
 * deletes, gets, paged queries with every sort-key operator and paged scans, replayed on
 * the backend and on a {@link ReferenceModel}; every answer must match the model exactly
 * (items, order, conditional failures, returned old items). Keys collide often on
 * purpose, and include UTF-8 multi-byte strings, negative and fractional numbers and high
 * bytes.
 */
@EveryBackend
class RandomizedModelIntegrationTests {

	private static final int OPERATIONS = 400;

	private static final List<String> STRING_KEYS = List.of("a", "B", "ab", "a\u00e9", "\u00e9", "z", "\uff5e",
			"\ud83d\ude00", "b", "Z9");

	private static final List<String> NUMBER_KEYS = List.of("-10", "-2.5", "-1", "0", "0.5", "1", "2", "10", "100",
			"1E+2");

	private static final List<byte[]> BINARY_KEYS = List.of(new byte[] { 0 }, new byte[] { 1 }, new byte[] { 1, 2 },
			new byte[] { 0x7f }, new byte[] { (byte) 0x80 }, new byte[] { (byte) 0xff }, new byte[] { (byte) 0xff, 0 });

	private final DynamoDbClient ddb;

	private final Random random = new Random();

	private ReferenceModel model = new ReferenceModel(ScalarAttributeType.S);

	private ScalarAttributeType sortKeyType = ScalarAttributeType.S;

	private String table = "";

	private String step = "";

	RandomizedModelIntegrationTests(DynamoDbClient ddb) {
		this.ddb = ddb;
	}

	@ParameterizedTest
	@EnumSource(value = ScalarAttributeType.class, names = { "S", "N", "B" })
	void agreesWithTheReferenceModelOnRandomOperations(ScalarAttributeType type) {
		// DynamoDB's single-table semantics as a model: last write wins, conditions see
		// the current item, queries
		// return one partition in sort-key order, paging loses and repeats nothing.
		long seed = 20261121L + type.ordinal();
		this.random.setSeed(seed);
		this.sortKeyType = type;
		this.model = new ReferenceModel(type);
		this.table = TestTable.hash("pk", ScalarAttributeType.S).range("sk", type).create(this.ddb);
		for (int i = 0; i < OPERATIONS; i++) {
			int operation = this.random.nextInt(100);
			this.step = "seed " + seed + ", operation " + i;
			if (operation < 30) {
				put();
			}
			else if (operation < 50) {
				update();
			}
			else if (operation < 60) {
				delete();
			}
			else if (operation < 75) {
				get();
			}
			else if (operation < 97) {
				query();
			}
			else {
				scan();
			}
		}
		scan();
	}

	private void put() {
		Map<String, AttributeValue> item = item("pk", s(partitionKey()), "sk", sortKey(), "v",
				n(this.random.nextInt(1000)), "ver", n(1));
		boolean conditional = this.random.nextBoolean();
		boolean exists = this.model.get(item.get("pk").s(), item.get("sk")) != null;
		Runnable call = () -> this.ddb.putItem((request) -> {
			request.tableName(this.table).item(item);
			if (conditional) {
				request.conditionExpression("attribute_not_exists(pk)");
			}
		});
		if (conditional && exists) {
			assertThatThrownBy(call::run).as(this.step).isInstanceOf(ConditionalCheckFailedException.class);
		}
		else {
			call.run();
			this.model.put(item);
		}
	}

	private void update() {
		String pk = partitionKey();
		AttributeValue sk = sortKey();
		Map<String, AttributeValue> current = this.model.get(pk, sk);
		long actual = (current != null) ? Long.parseLong(current.get("ver").n()) : 0;
		long expected = this.random.nextBoolean() ? actual : actual + 1;
		int value = this.random.nextInt(1000);
		Runnable call = () -> this.ddb.updateItem((request) -> request.tableName(this.table)
			.key(item("pk", s(pk), "sk", sk))
			.updateExpression("SET v = :v ADD ver :one")
			.conditionExpression("ver = :expected")
			.expressionAttributeValues(Map.of(":v", n(value), ":one", n(1), ":expected", n(expected))));
		if (current == null || expected != actual) {
			assertThatThrownBy(call::run).as(this.step).isInstanceOf(ConditionalCheckFailedException.class);
		}
		else {
			call.run();
			this.model.put(item("pk", s(pk), "sk", sk, "v", n(value), "ver", n(actual + 1)));
		}
	}

	private void delete() {
		String pk = partitionKey();
		AttributeValue sk = sortKey();
		Map<String, AttributeValue> old = this.ddb
			.deleteItem((request) -> request.tableName(this.table)
				.key(item("pk", s(pk), "sk", sk))
				.returnValues(ReturnValue.ALL_OLD))
			.attributes();
		Map<String, AttributeValue> expected = this.model.delete(pk, sk);
		assertThat(old).as(this.step).isEqualTo((expected != null) ? expected : Map.of());
	}

	private void get() {
		String pk = partitionKey();
		AttributeValue sk = sortKey();
		Map<String, AttributeValue> found = this.ddb
			.getItem((request) -> request.tableName(this.table).key(item("pk", s(pk), "sk", sk)).consistentRead(true))
			.item();
		Map<String, AttributeValue> expected = this.model.get(pk, sk);
		assertThat(found).as(this.step).isEqualTo((expected != null) ? expected : Map.of());
	}

	private void query() {
		String pk = partitionKey();
		boolean forward = this.random.nextBoolean();
		Integer limit = this.random.nextBoolean() ? 1 + this.random.nextInt(4) : null;
		Map<String, AttributeValue> values = new HashMap<>();
		values.put(":p", s(pk));
		String condition = sortKeyCondition(values);
		Predicate<AttributeValue> predicate = predicate(condition, values);
		List<Map<String, AttributeValue>> pages = new ArrayList<>();
		Map<String, AttributeValue> start = null;
		do {
			Map<String, AttributeValue> exclusiveStart = start;
			QueryResponse page = this.ddb.query(QueryRequest.builder()
				.tableName(this.table)
				.keyConditionExpression("pk = :p" + condition)
				.expressionAttributeValues(values)
				.scanIndexForward(forward)
				.limit(limit)
				.exclusiveStartKey(exclusiveStart)
				.consistentRead(true)
				.build());
			if (limit != null) {
				assertThat(page.count()).as(this.step).isLessThanOrEqualTo(limit);
			}
			pages.addAll(page.items());
			start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
		}
		while (start != null);
		assertThat(pages).as(this.step + ": pk = " + pk + condition + " " + values + " forward " + forward)
			.containsExactlyElementsOf(this.model.query(pk, predicate, forward));
	}

	private void scan() {
		List<Map<String, AttributeValue>> all = new ArrayList<>();
		Map<String, AttributeValue> start = null;
		do {
			Map<String, AttributeValue> exclusiveStart = start;
			ScanResponse page = this.ddb.scan(ScanRequest.builder()
				.tableName(this.table)
				.limit(7)
				.exclusiveStartKey(exclusiveStart)
				.consistentRead(true)
				.build());
			all.addAll(page.items());
			start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
		}
		while (start != null);
		assertThat(all).as(this.step + ": full scan").containsExactlyInAnyOrderElementsOf(this.model.all());
	}

	/**
	 * A random sort-key condition (or none), adding its values; returns the text after
	 * "pk = :p".
	 */
	private String sortKeyCondition(Map<String, AttributeValue> values) {
		int kind = this.random.nextInt((this.sortKeyType == ScalarAttributeType.N) ? 7 : 8);
		AttributeValue first = sortKey();
		AttributeValue second = sortKey();
		if (kind == 6) {
			if (this.model.compare(first, second) > 0) {
				AttributeValue swap = first;
				first = second;
				second = swap;
			}
			values.put(":lo", first);
			values.put(":hi", second);
			return " AND sk BETWEEN :lo AND :hi";
		}
		if (kind == 7) {
			values.put(":prefix", prefix(first));
			return " AND begins_with(sk, :prefix)";
		}
		String operator = List.of("", "=", "<", "<=", ">", ">=").get(kind);
		if (operator.isEmpty()) {
			return "";
		}
		values.put(":v", first);
		return " AND sk " + operator + " :v";
	}

	private Predicate<AttributeValue> predicate(String condition, Map<String, AttributeValue> values) {
		Comparator<AttributeValue> order = this.model::compare;
		if (condition.isEmpty()) {
			return (sk) -> true;
		}
		if (condition.contains("BETWEEN")) {
			return (sk) -> order.compare(sk, values.get(":lo")) >= 0 && order.compare(sk, values.get(":hi")) <= 0;
		}
		if (condition.contains("begins_with")) {
			AttributeValue prefix = values.get(":prefix");
			return (prefix.s() != null) ? (sk) -> sk.s().startsWith(prefix.s())
					: (sk) -> startsWith(sk.b().asByteArrayUnsafe(), prefix.b().asByteArrayUnsafe());
		}
		AttributeValue value = values.get(":v");
		String operator = condition.substring(" AND sk ".length(), condition.length() - " :v".length());
		return switch (operator) {
			case "=" -> (sk) -> order.compare(sk, value) == 0;
			case "<" -> (sk) -> order.compare(sk, value) < 0;
			case "<=" -> (sk) -> order.compare(sk, value) <= 0;
			case ">" -> (sk) -> order.compare(sk, value) > 0;
			default -> (sk) -> order.compare(sk, value) >= 0;
		};
	}

	private AttributeValue prefix(AttributeValue key) {
		if (key.s() != null) {
			return s(key.s().substring(0, key.s().offsetByCodePoints(0, 1)));
		}
		byte[] bytes = key.b().asByteArray();
		return AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] { bytes[0] }));
	}

	private static boolean startsWith(byte[] value, byte[] prefix) {
		if (value.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (value[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private String partitionKey() {
		return "p" + this.random.nextInt(3);
	}

	private AttributeValue sortKey() {
		return switch (this.sortKeyType) {
			case S -> s(STRING_KEYS.get(this.random.nextInt(STRING_KEYS.size())));
			case N -> n(canonical(NUMBER_KEYS.get(this.random.nextInt(NUMBER_KEYS.size()))));
			default ->
				AttributeValue.fromB(SdkBytes.fromByteArray(BINARY_KEYS.get(this.random.nextInt(BINARY_KEYS.size()))));
		};
	}

	/** DynamoDB answers numbers without exponent and trailing zeros. */
	private static String canonical(String number) {
		return new BigDecimal(number).stripTrailingZeros().toPlainString();
	}

}
