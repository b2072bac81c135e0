package dev.ddbkit.it.sdk;

import java.util.List;
import java.util.Map;

import dev.ddbkit.it.backend.DynamoBackend;
import dev.ddbkit.it.backend.EveryBackend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static dev.ddbkit.it.sdk.Attributes.item;
import static dev.ddbkit.it.sdk.Attributes.n;
import static dev.ddbkit.it.sdk.Attributes.s;
import static dev.ddbkit.it.sdk.DynamoErrors.assertValidation;
import static dev.ddbkit.it.sdk.DynamoErrors.message;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values and sizes at DynamoDB's limits (DG "Quotas in Amazon DynamoDB", "Supported data
 * types": 400 KB items, 2048-byte partition keys, 1024-byte sort keys, 38-digit numbers,
 * non-empty duplicate-free sets).
 */
@EveryBackend
class ItemLimitsIntegrationTests {

	/** DynamoDB Local's one message for both key size limits. */
	private static final String KEY_SIZES = "Hash primary key values must be under 2048 bytes, and range primary key "
			+ "values must be under 1024 bytes";

	private final DynamoBackend backend;

	private final DynamoDbClient ddb;

	private String table = "";

	ItemLimitsIntegrationTests(DynamoBackend backend, DynamoDbClient ddb) {
		this.backend = backend;
		this.ddb = ddb;
	}

	@BeforeEach
	void createTable() {
		this.table = TestTable.hash("pk", ScalarAttributeType.S).range("sk", ScalarAttributeType.S).create(this.ddb);
	}

	@Test
	void acceptsAnItemJustBelowFourHundredKilobytes() {
		// The item size limit is 400 KB (409,600 bytes) counting attribute names and
		// values.
		String big = "x".repeat(409_600 - 100);
		this.ddb
			.putItem((request) -> request.tableName(this.table).item(item("pk", s("a"), "sk", s("b"), "v", s(big))));
		assertThat(this.ddb.getItem((request) -> request.tableName(this.table).key(item("pk", s("a"), "sk", s("b"))))
			.item()
			.get("v")
			.s()).hasSize(big.length());
	}

	@Test
	void rejectsAnItemAboveFourHundredKilobytes() {
		// An item over 400 KB is a ValidationException.
		String big = "x".repeat(409_601);
		assertValidation(
				() -> this.ddb.putItem(
						(request) -> request.tableName(this.table).item(item("pk", s("a"), "sk", s("b"), "v", s(big)))),
				"Item size has exceeded the maximum allowed size");
	}

	@Test
	void acceptsKeysAtTheirSizeLimitsAndRejectsLongerOnes() {
		// A partition key holds at most 2048 bytes, a sort key at most 1024 bytes.
		this.ddb.putItem((request) -> request.tableName(this.table)
			.item(item("pk", s("p".repeat(2048)), "sk", s("s".repeat(1024)))));
		assertValidation(
				() -> this.ddb.putItem(
						(request) -> request.tableName(this.table).item(item("pk", s("p".repeat(2049)), "sk", s("s")))),
				message(this.backend,
						"One or more parameter values were invalid: Size of hashkey has exceeded the maximum size "
								+ "limit of 2048 bytes",
						KEY_SIZES));
		assertValidation(
				() -> this.ddb.putItem(
						(request) -> request.tableName(this.table).item(item("pk", s("p"), "sk", s("s".repeat(1025))))),
				message(this.backend,
						"One or more parameter values were invalid: Aggregated size of all range keys has exceeded "
								+ "the size limit of 1024 bytes",
						KEY_SIZES));
	}

	@Test
	void keepsThirtyEightSignificantDigitsAndNormalizesNumbers() {
		// Numbers keep up to 38 significant digits; leading and trailing zeros are
		// dropped.
		this.ddb.putItem((request) -> request.tableName(this.table)
			.item(item("pk", s("n"), "sk", s("n"), "big", n("12345678901234567890123456789012345678"), "small",
					n("0.00100"), "exp", n("1E+125"), "negative", n("-007.50"))));
		Map<String, AttributeValue> read = this.ddb
			.getItem((request) -> request.tableName(this.table).key(item("pk", s("n"), "sk", s("n"))))
			.item();
		assertThat(read.get("big").n()).isEqualTo("12345678901234567890123456789012345678");
		assertThat(read.get("small").n()).isEqualTo("0.001");
		assertThat(read.get("negative").n()).isEqualTo("-7.5");
		assertThat(read.get("exp").n()).isEqualTo("1" + "0".repeat(125));
	}

	@Test
	void rejectsNumbersBeyondThirtyEightDigitsOrOutOfRange() {
		// More than 38 significant digits, or a magnitude beyond 1E+126, is a
		// ValidationException.
		assertValidation(
				() -> this.ddb.putItem((request) -> request.tableName(this.table)
					.item(item("pk", s("n"), "sk", s("n"), "v", n("123456789012345678901234567890123456789")))),
				message(this.backend, "Attempting to store more than 38 significant digits in a Number",
						"DynamoDB only supports precision up to 38 digits"));
		assertValidation(() -> this.ddb.putItem(
				(request) -> request.tableName(this.table).item(item("pk", s("n"), "sk", s("n"), "v", n("1E+126")))),
				"Number overflow. Attempting to store a number with magnitude larger than supported range");
		assertValidation(() -> this.ddb.putItem(
				(request) -> request.tableName(this.table).item(item("pk", s("n"), "sk", s("n"), "v", n("1E-131")))),
				"Number underflow. Attempting to store a number with magnitude smaller than supported range");
	}

	@Test
	void rejectsEmptyAndDuplicateSets() {
		// Sets are non-empty and hold no duplicates.
		assertValidation(
				() -> this.ddb.putItem((request) -> request.tableName(this.table)
					.item(item("pk", s("a"), "sk", s("b"), "v", AttributeValue.fromSs(List.of())))),
				"One or more parameter values were invalid: An string set  may not be empty");
		assertValidation(
				() -> this.ddb.putItem((request) -> request.tableName(this.table)
					.item(item("pk", s("a"), "sk", s("b"), "v", AttributeValue.fromSs(List.of("x", "x"))))),
				message(this.backend,
						"One or more parameter values were invalid: Input collection [x, x] contains " + "duplicates.",
						"One or more parameter values were invalid: Input collection [x, x] contains duplicates"));
	}

}
