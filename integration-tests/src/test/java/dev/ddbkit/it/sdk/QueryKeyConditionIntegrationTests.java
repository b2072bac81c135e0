package dev.ddbkit.it.sdk;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import dev.ddbkit.it.backend.DynamoCapability;
import dev.ddbkit.it.backend.EveryBackend;
import dev.ddbkit.it.backend.RequiresCapability;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static dev.ddbkit.it.sdk.Attributes.b;
import static dev.ddbkit.it.sdk.Attributes.item;
import static dev.ddbkit.it.sdk.Attributes.n;
import static dev.ddbkit.it.sdk.Attributes.s;
import static dev.ddbkit.it.sdk.DynamoErrors.assertValidation;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query key conditions with every operator on S, N and B sort keys, in both directions
 * (API Query "KeyConditionExpression", "ScanIndexForward"; DG "Query": S sorts by UTF-8
 * bytes, N numerically, B by unsigned bytes).
 */
@EveryBackend
class QueryKeyConditionIntegrationTests {

	/**
	 * In UTF-8 byte order; Java's UTF-16 order would put the emoji before U+FF5E and "a"
	 * before "B" last.
	 */
	private static final List<String> STRINGS = List.of("B", "a", "ab", "abc", "b", "z", "\u00e9", "\uff5e",
			"\ud83d\ude00");

	private static final List<String> NUMBERS = List.of("-10", "-1.5", "0", "2", "10", "100");

	private static final List<String> BINARIES = List.of("00", "01", "0102", "7f", "80", "ff");

	private final DynamoDbClient ddb;

	QueryKeyConditionIntegrationTests(DynamoDbClient ddb) {
		this.ddb = ddb;
	}

	@Test
	void ordersStringSortKeysByUtf8Bytes() {
		// S sort keys order by their UTF-8 bytes, unsigned: "B" < "a", "z" < "\u00e9",
		// U+FF5E < U+1F600.
		String table = stringTable();
		assertThat(query(table, "pk = :p", Map.of(), true)).containsExactlyElementsOf(STRINGS);
		assertThat(query(table, "pk = :p", Map.of(), false)).containsExactlyElementsOf(reversed(STRINGS));
	}

	@Test
	void appliesEveryOperatorToStringSortKeys() {
		// =, <, <=, >, >=, BETWEEN (inclusive) and begins_with on S compare UTF-8 bytes.
		String table = stringTable();
		assertThat(query(table, "pk = :p AND sk = :v", Map.of(":v", s("ab")), true)).containsExactly("ab");
		assertThat(query(table, "pk = :p AND sk < :v", Map.of(":v", s("b")), true)).containsExactly("B", "a", "ab",
				"abc");
		assertThat(query(table, "pk = :p AND sk <= :v", Map.of(":v", s("b")), true)).containsExactly("B", "a", "ab",
				"abc", "b");
		assertThat(query(table, "pk = :p AND sk > :v", Map.of(":v", s("z")), true)).containsExactly("\u00e9", "\uff5e",
				"\ud83d\ude00");
		assertThat(query(table, "pk = :p AND sk >= :v", Map.of(":v", s("z")), false)).containsExactly("\ud83d\ude00",
				"\uff5e", "\u00e9", "z");
		assertThat(query(table, "pk = :p AND sk BETWEEN :lo AND :hi", Map.of(":lo", s("a"), ":hi", s("b")), true))
			.containsExactly("a", "ab", "abc", "b");
		assertThat(query(table, "pk = :p AND begins_with(sk, :v)", Map.of(":v", s("ab")), true)).containsExactly("ab",
				"abc");
		assertThat(query(table, "pk = :p AND sk BETWEEN :lo AND :hi", Map.of(":lo", s("z"), ":hi", s("\uffff")), true))
			.containsExactly("z", "\u00e9", "\uff5e");
	}

	@Test
	void appliesEveryOperatorToNumberSortKeys() {
		// N sort keys compare numerically, negatives and fractions included.
		String table = TestTable.hash("pk", ScalarAttributeType.S).range("sk", ScalarAttributeType.N).create(this.ddb);
		NUMBERS.forEach((value) -> put(table, n(value)));
		assertThat(query(table, "pk = :p", Map.of(), true)).containsExactlyElementsOf(NUMBERS);
		assertThat(query(table, "pk = :p", Map.of(), false)).containsExactlyElementsOf(reversed(NUMBERS));
		assertThat(query(table, "pk = :p AND sk = :v", Map.of(":v", n("2.0")), true)).containsExactly("2");
		assertThat(query(table, "pk = :p AND sk < :v", Map.of(":v", n(0)), true)).containsExactly("-10", "-1.5");
		assertThat(query(table, "pk = :p AND sk <= :v", Map.of(":v", n(0)), true)).containsExactly("-10", "-1.5", "0");
		assertThat(query(table, "pk = :p AND sk > :v", Map.of(":v", n(2)), true)).containsExactly("10", "100");
		assertThat(query(table, "pk = :p AND sk >= :v", Map.of(":v", n(2)), true)).containsExactly("2", "10", "100");
		assertThat(query(table, "pk = :p AND sk BETWEEN :lo AND :hi", Map.of(":lo", n("-1.5"), ":hi", n(10)), true))
			.containsExactly("-1.5", "0", "2", "10");
	}

	@Test
	void appliesEveryOperatorToBinarySortKeys() {
		// B sort keys compare as unsigned bytes, so 0x80 and 0xff sort after 0x7f.
		String table = TestTable.hash("pk", ScalarAttributeType.S).range("sk", ScalarAttributeType.B).create(this.ddb);
		List.of(b(0x80), b(0x00), b(0xff), b(0x01, 0x02), b(0x7f), b(0x01)).forEach((value) -> put(table, value));
		assertThat(query(table, "pk = :p", Map.of(), true)).containsExactlyElementsOf(BINARIES);
		assertThat(query(table, "pk = :p", Map.of(), false)).containsExactlyElementsOf(reversed(BINARIES));
		assertThat(query(table, "pk = :p AND sk = :v", Map.of(":v", b(0x7f)), true)).containsExactly("7f");
		assertThat(query(table, "pk = :p AND sk < :v", Map.of(":v", b(0x80)), true)).containsExactly("00", "01", "0102",
				"7f");
		assertThat(query(table, "pk = :p AND sk <= :v", Map.of(":v", b(0x01)), true)).containsExactly("00", "01");
		assertThat(query(table, "pk = :p AND sk > :v", Map.of(":v", b(0x7f)), true)).containsExactly("80", "ff");
		assertThat(query(table, "pk = :p AND sk >= :v", Map.of(":v", b(0x80)), true)).containsExactly("80", "ff");
		assertThat(query(table, "pk = :p AND sk BETWEEN :lo AND :hi", Map.of(":lo", b(0x01), ":hi", b(0x80)), true))
			.containsExactly("01", "0102", "7f", "80");
		assertThat(query(table, "pk = :p AND begins_with(sk, :v)", Map.of(":v", b(0x01)), true)).containsExactly("01",
				"0102");
	}

	@Test
	void readsOnlyThePartitionAskedFor() {
		// The partition key condition is an equality: items of other partitions never
		// appear.
		String table = stringTable();
		this.ddb.putItem((request) -> request.tableName(table).item(item("pk", s("other"), "sk", s("a"))));
		assertThat(query(table, "pk = :p AND sk = :v", Map.of(":v", s("a")), true)).containsExactly("a");
		QueryResponse empty = this.ddb.query((request) -> request.tableName(table)
			.keyConditionExpression("pk = :p")
			.expressionAttributeValues(Map.of(":p", s("nobody"))));
		assertThat(empty.items()).isEmpty();
		assertThat(empty.count()).isZero();
		assertThat(empty.hasLastEvaluatedKey()).isFalse();
	}

	@Test
	@RequiresCapability(DynamoCapability.EXPRESSION_VALIDATION)
	void rejectsBeginsWithOnANumberSortKey() {
		// begins_with applies to S and B only.
		String table = TestTable.hash("pk", ScalarAttributeType.S).range("sk", ScalarAttributeType.N).create(this.ddb);
		assertValidation(() -> query(table, "pk = :p AND begins_with(sk, :v)", Map.of(":v", n(1)), true),
				"Invalid KeyConditionExpression: Incorrect operand type for operator or function; "
						+ "operator or function: begins_with, operand type: N");
	}

	@Test
	@RequiresCapability(DynamoCapability.EXPRESSION_VALIDATION)
	void rejectsBetweenWithTheBoundsSwapped() {
		// BETWEEN needs the lower bound first.
		String table = stringTable();
		assertValidation(
				() -> query(table, "pk = :p AND sk BETWEEN :lo AND :hi", Map.of(":lo", s("b"), ":hi", s("a")), true),
				"Invalid KeyConditionExpression: The BETWEEN operator requires upper bound to be greater than or "
						+ "equal to lower bound; lower bound operand: AttributeValue: {S:b}, "
						+ "upper bound operand: AttributeValue: {S:a}");
	}

	private String stringTable() {
		String table = TestTable.hash("pk", ScalarAttributeType.S).range("sk", ScalarAttributeType.S).create(this.ddb);
		reversed(STRINGS).forEach((value) -> put(table, s(value)));
		return table;
	}

	private void put(String table, AttributeValue sortKey) {
		this.ddb.putItem((request) -> request.tableName(table).item(item("pk", s("p"), "sk", sortKey)));
	}

	private List<String> query(String table, String condition, Map<String, AttributeValue> values, boolean forward) {
		Map<String, AttributeValue> all = new java.util.HashMap<>(values);
		all.put(":p", s("p"));
		QueryResponse response = this.ddb.query((request) -> request.tableName(table)
			.keyConditionExpression(condition)
			.expressionAttributeValues(all)
			.scanIndexForward(forward));
		assertThat(response.hasLastEvaluatedKey()).isFalse();
		assertThat(response.count()).isEqualTo(response.items().size());
		return response.items().stream().map((found) -> text(found.get("sk"))).toList();
	}

	private static String text(AttributeValue value) {
		if (value.s() != null) {
			return value.s();
		}
		if (value.n() != null) {
			return value.n();
		}
		return HexFormat.of().formatHex(value.b().asByteArray());
	}

	private static List<String> reversed(List<String> values) {
		List<String> result = new ArrayList<>(values);
		java.util.Collections.reverse(result);
		return result;
	}

}
