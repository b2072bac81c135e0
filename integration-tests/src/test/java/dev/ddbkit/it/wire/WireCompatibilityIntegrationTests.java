package dev.ddbkit.it.wire;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.server.DynamoHttpServer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The engine's HTTP server speaks DynamoDB's JSON 1.0 protocol well enough for AWS's own
 * non-Java clients: boto3 (botocore's serializers, parsers, paginators, waiters and
 * modeled exceptions) and the AWS CLI, both run as child processes against 127.0.0.1 on
 * an ephemeral port (API Reference, "DynamoDB low-level API"; DG "Error handling with
 * DynamoDB"). Install them with {@code scripts/install-test-tools.sh} (Debian's
 * {@code python3-boto3} and {@code awscli}); without them the tests are skipped, saying
 * why.
 */
class WireCompatibilityIntegrationTests {

	private static final String FAILED = "The conditional request failed";

	@TempDir
	static Path workDirectory;

	private static DynamoEngine engine;

	private static DynamoHttpServer server;

	@BeforeAll
	static void startServer() throws IOException {
		engine = DynamoEngine.create();
		server = DynamoHttpServer.start(engine, 0);
	}

	@AfterAll
	static void stopServer() {
		server.close();
		engine.close();
	}

	/** Debian's interpreter first (where python3-boto3 installs), then PATH's. */
	@Nested
	@TestInstance(TestInstance.Lifecycle.PER_CLASS)
	class Boto3 {

		private static final String TABLE = "wire-boto3";

		private @Nullable String missing;

		private @Nullable DocumentContext result;

		@BeforeAll
		void runSuite() throws Exception {
			ExternalCommand commands = new ExternalCommand(workDirectory);
			String python = null;
			for (String candidate : List.of("/usr/bin/python3", "python3")) {
				String located = ExternalCommand.locate(List.of(candidate)).orElse(null);
				if (python == null && located != null
						&& commands.run(List.of(located, "-c", "import boto3, botocore"), Duration.ofSeconds(30))
							.exitCode() == 0) {
					python = located;
				}
			}
			if (python == null) {
				this.missing = "no python3 with boto3 (tried /usr/bin/python3 and python3 on PATH); "
						+ "run scripts/install-test-tools.sh to install Debian's python3-boto3";
				return;
			}
			ExternalCommand.Result run = commands
				.run(List.of(python, script().toString(), server.endpoint().toString(), TABLE), Duration.ofSeconds(60));
			assertThat(run.exitCode()).as(run.describe()).isZero();
			List<String> lines = run.stdout().lines().filter((line) -> line.startsWith("{")).toList();
			assertThat(lines).as(run.describe()).hasSize(1);
			this.result = JsonPath.parse(lines.get(0));
		}

		@BeforeEach
		void requireBoto3() {
			assumeTrue(this.missing == null, () -> "skipped: " + this.missing);
		}

		@Test
		void createsAndDescribesATableWithAGlobalSecondaryIndex() {
			// CreateTable answers the new table's description; DescribeTable reports
			// the key schema, attribute types, billing mode and the GSI with its status
			// and projection.
			assertThat(section("createTable")).containsEntry("tableName", TABLE).containsEntry("status", "ACTIVE");
			Map<String, Object> table = section("describeTable");
			assertThat(table).containsEntry("status", "ACTIVE")
				.containsEntry("keySchema", List.of("pk:HASH", "sk:RANGE"))
				.containsEntry("attributeTypes", Map.of("pk", "S", "sk", "S", "status", "S", "amount", "N"))
				.containsEntry("billingMode", "PAY_PER_REQUEST")
				.containsEntry("itemCount", 0)
				.containsEntry("indexName", "GSI1")
				.containsEntry("indexStatus", "ACTIVE")
				.containsEntry("indexKeySchema", List.of("status:HASH", "amount:RANGE"))
				.containsEntry("indexProjection", "ALL");
			assertThat((String) table.get("tableArn")).startsWith("arn:aws:dynamodb:").endsWith(":table/" + TABLE);
		}

		@Test
		void roundTripsEveryAttributeType() {
			// Every AttributeValue type survives a PutItem/GetItem round trip; numbers
			// keep 38 significant digits and come back normalized (-012.50 -> -12.5),
			// binary stays bytes, sets are sets (DG "Supported data types").
			Map<String, Object> putGet = section("putGet");
			Map<String, Object> item = cast(putGet.get("item"));
			assertThat(item).containsOnlyKeys("pk", "sk", "s", "n38", "nfrac", "b", "yes", "no", "nul", "l", "m", "ss",
					"ns", "bs");
			assertThat(item).containsEntry("s", Map.of("S", "h\u00e9llo \u2713 \uD83D\uDE00"))
				.containsEntry("n38", Map.of("N", "12345678901234567890123456789012345678"))
				.containsEntry("nfrac", Map.of("N", "-12.5"))
				.containsEntry("b", Map.of("B", "AAH+/w=="))
				.containsEntry("yes", Map.of("BOOL", true))
				.containsEntry("no", Map.of("BOOL", false))
				.containsEntry("nul", Map.of("NULL", true))
				.containsEntry("l",
						Map.of("L",
								List.of(Map.of("S", "x"), Map.of("N", "1"), Map.of("BOOL", false),
										Map.of("L", List.of()))))
				.containsEntry("m",
						Map.of("M",
								Map.of("inner", Map.of("M", Map.of("deep", Map.of("S", "y"))), "n",
										Map.of("N", "0.001"))))
				.containsEntry("ss", Map.of("SS", List.of("a", "b")))
				.containsEntry("ns", Map.of("NS", List.of("-3", "1", "2.5")))
				.containsEntry("bs", Map.of("BS", List.of("AQA=", "Ag==")));
			assertThat(putGet)
				.containsEntry("projected",
						Map.of("m", Map.of("M", Map.of("inner", Map.of("M", Map.of("deep", Map.of("S", "y"))))), "l",
								Map.of("L", List.of(Map.of("N", "1")))))
				.containsEntry("missingHasItem", false)
				.containsEntry("putAttributes", false);
		}

		@Test
		void failedConditionIsTheModeledConditionalCheckFailedException() {
			// A failed ConditionExpression answers HTTP 400 with
			// ConditionalCheckFailedException "The conditional request failed", which
			// botocore maps to its modeled exception class, and writes nothing.
			assertThat(section("conditionalPut")).containsEntry("failed", true)
				.containsEntry("code", "ConditionalCheckFailedException")
				.containsEntry("message", FAILED)
				.containsEntry("status", 400)
				.containsEntry("modeled", true)
				.containsEntry("unchanged", true);
		}

		@Test
		void updateItemReturnsAllNewAndUpdatedOldAttributes() {
			// ReturnValues ALL_NEW returns the whole item after the update; UPDATED_OLD
			// only the updated attributes as they were before it.
			Map<String, Object> update = section("updateItem");
			assertThat(update).containsEntry("first",
					Map.of("pk", Map.of("S", "COUNTER"), "sk", Map.of("S", "0"), "count", Map.of("N", "1"), "visits",
							Map.of("N", "1"), "tags", Map.of("L", List.of(Map.of("S", "t")))));
			assertThat(update).containsEntry("second",
					Map.of("pk", Map.of("S", "COUNTER"), "sk", Map.of("S", "0"), "count", Map.of("N", "2"), "visits",
							Map.of("N", "2"), "tags", Map.of("L", List.of(Map.of("S", "t"), Map.of("S", "t")))));
			assertThat(update).containsEntry("updatedOld",
					Map.of("tags", Map.of("L", List.of(Map.of("S", "t"), Map.of("S", "t")))));
		}

		@Test
		void queryPaginatorReadsThePartitionInSortKeyOrderPageByPage() {
			// Query returns a partition in sort-key order; with Limit 5 each full page
			// ends with a LastEvaluatedKey that botocore's paginator sends back as
			// ExclusiveStartKey, and the short last page has none. Limit counts items
			// before the filter; Select COUNT counts the filtered ones.
			Map<String, Object> query = section("query");
			assertThat(query).containsEntry("sortKeys", orderKeys(1, 12))
				.containsEntry("pageSizes", List.of(5, 5, 2))
				.containsEntry("backwards", List.of("ORDER#05", "ORDER#04", "ORDER#03"));
			List<Object> lastKeys = cast(query.get("lastEvaluatedKeys"));
			assertThat(lastKeys).containsExactly(key("CUST#1", "ORDER#05"), key("CUST#1", "ORDER#10"), null);
			long above150 = java.util.stream.IntStream.rangeClosed(1, 12).filter((i) -> 1000 / i > 150).count();
			assertThat(query).containsEntry("filteredCount", (int) above150).containsEntry("filteredScannedCount", 12);
			// Select=COUNT answers carry no Items member (API Reference, Query,
			// "Select").
			assertThat(query.get("countItems")).isNull();
		}

		@Test
		void gsiQueryOrdersNumericSortKeysByValue() {
			// A GSI with a numeric sort key orders by number, not text: 83 < 111 < 166.
			assertThat(section("gsiQuery")).containsEntry("sortKeys", List.of("ORDER#12", "ORDER#09", "ORDER#06"))
				.containsEntry("amounts", List.of("83", "111", "166"))
				.containsEntry("count", 3);
		}

		@Test
		void scanPaginatorReadsEveryItemOnce() {
			// Scan pages with Limit 4 cover the table exactly once (15 items: 4 pages);
			// a FilterExpression keeps ScannedCount at the items read.
			Map<String, Object> scan = section("scan");
			List<String> expected = new java.util.ArrayList<>(List.of("COUNTER|0", "CUST#2|ORDER#01", "TYPES|0"));
			orderKeys(1, 12).forEach((sk) -> expected.add("CUST#1|" + sk));
			assertThat(scan).containsEntry("count", 15).containsEntry("distinct", 15).containsEntry("pages", 4);
			List<String> keys = cast(scan.get("keys"));
			assertThat(keys).containsExactlyInAnyOrderElementsOf(expected);
			assertThat(scan).containsEntry("filteredCount", 12).containsEntry("filteredScannedCount", 15);
		}

		@Test
		void batchWriteAndBatchGetProcessEveryRequest() {
			// BatchWriteItem puts and deletes with no UnprocessedItems; BatchGetItem
			// returns only the keys that exist.
			assertThat(section("batchWrite")).containsEntry("unprocessed", 0)
				.containsEntry("batchGetCount", 2)
				.containsEntry("batchGetUnprocessed", 0);
		}

		@Test
		void cancelledTransactionCarriesCancellationReasonsInActionOrder() {
			// A TransactWriteItems whose condition fails is cancelled as a whole:
			// TransactionCanceledException lists one reason per action, in order (None
			// for the action that did not fail), and nothing is written. A transaction
			// whose conditions hold commits every action.
			Map<String, Object> transaction = section("transaction");
			assertThat(transaction).containsEntry("cancelled", true)
				.containsEntry("code", "TransactionCanceledException")
				.containsEntry("message",
						"Transaction cancelled, please refer cancellation reasons for specific reasons "
								+ "[None, ConditionalCheckFailed]")
				.containsEntry("status", 400)
				.containsEntry("reasons",
						List.of(Map.of("Code", "None"), Map.of("Code", "ConditionalCheckFailed", "Message", FAILED)))
				.containsEntry("txItemWritten", false)
				.containsEntry("committedKeys", List.of("TX|2", "COUNTER|0"))
				.containsEntry("countAfterCommit", "3");
		}

		@Test
		void validationAndMissingTableErrorsCarryDynamoDbsMessages() {
			// Invalid requests answer 400 ValidationException with DynamoDB's message;
			// an unknown table answers ResourceNotFoundException.
			Map<String, Object> validation = section("validation");
			assertThat(validation).containsEntry("missingKey", error("ValidationException",
					"One or more parameter values were invalid: Missing the key sk in the item"));
			assertThat(validation).containsEntry("unusedValue", error("ValidationException",
					"Value provided in ExpressionAttributeValues unused in expressions: keys: {:unused}"));
			assertThat(validation).containsEntry("missingTable", error("ResourceNotFoundException",
					"Requested resource not found: Table: " + TABLE + "-missing not found"));
		}

		@Test
		void deleteTableRemovesTheTable() {
			// DeleteTable answers the description in status DELETING; the table then
			// leaves ListTables and DescribeTable answers ResourceNotFoundException
			// (botocore's table_not_exists waiter).
			assertThat(section("deleteTable")).containsEntry("status", "DELETING")
				.containsEntry("listed", false)
				.containsEntry("describeAfter", "ResourceNotFoundException");
		}

		private Map<String, Object> section(String name) {
			Map<String, Object> section = Objects.requireNonNull(this.result).read("$." + name);
			assertThat(section).as("boto3 step %s: %s", name, section.get("trace")).doesNotContainKey("unexpected");
			return section;
		}

		private static Map<String, Object> error(String code, String message) {
			return Map.of("code", code, "message", message, "status", 400);
		}

		private static Map<String, Object> key(String pk, String sk) {
			return Map.of("pk", Map.of("S", pk), "sk", Map.of("S", sk));
		}

		private static List<String> orderKeys(int from, int to) {
			return java.util.stream.IntStream.rangeClosed(from, to).mapToObj((i) -> "ORDER#%02d".formatted(i)).toList();
		}

		private static Path script() throws URISyntaxException {
			return Path.of(
					Objects
						.requireNonNull(WireCompatibilityIntegrationTests.class.getResource("/wire/boto3_suite.py"),
								"wire/boto3_suite.py on the test classpath")
						.toURI());
		}

	}

	/** Debian's {@code aws} first, then PATH's. */
	@Nested
	@TestInstance(TestInstance.Lifecycle.PER_CLASS)
	class AwsCli {

		private static final String TABLE = "wire-cli";

		private final ExternalCommand commands = new ExternalCommand(workDirectory);

		private @Nullable String missing;

		private String aws = "aws";

		@BeforeAll
		void createTable() throws Exception {
			String located = ExternalCommand.locate(List.of("/usr/bin/aws", "aws")).orElse(null);
			if (located == null) {
				this.missing = "no AWS CLI (tried /usr/bin/aws and aws on PATH); "
						+ "run scripts/install-test-tools.sh to install Debian's awscli";
				return;
			}
			this.aws = located;
			// The first command doubles as the probe (each CLI start costs seconds): a
			// shim with no CLI behind it (exit 127) means the tool is missing, any
			// other failure fails.
			ExternalCommand.Result created = aws("create-table", "--table-name", TABLE, "--attribute-definitions",
					"AttributeName=pk,AttributeType=S", "AttributeName=sk,AttributeType=N", "--key-schema",
					"AttributeName=pk,KeyType=HASH", "AttributeName=sk,KeyType=RANGE", "--billing-mode",
					"PAY_PER_REQUEST");
			if (created.exitCode() == 127) {
				this.missing = located + " is not runnable: " + created.stderr().strip();
				return;
			}
			assertThat(created.exitCode()).as(created.describe()).isZero();
			DocumentContext description = JsonPath.parse(created.stdout());
			assertThat(description.read("$.TableDescription.TableName", String.class)).isEqualTo(TABLE);
			assertThat(description.read("$.TableDescription.TableStatus", String.class)).isEqualTo("ACTIVE");
		}

		@BeforeEach
		void requireAwsCli() {
			assumeTrue(this.missing == null, () -> "skipped: " + this.missing);
		}

		@Test
		void listTablesShowsTheTable() throws Exception {
			// ListTables names every table; the CLI follows LastEvaluatedTableName.
			List<String> names = succeed("list-tables", "--page-size", "1").read("$.TableNames");
			assertThat(names).contains(TABLE);
		}

		@Test
		void putGetAndQueryRoundTripItemsInNumericSortKeyOrder() throws Exception {
			// PutItem, BatchWriteItem and GetItem round-trip typed JSON items, numbers
			// normalized. Query with --page-size 2 makes the CLI follow
			// LastEvaluatedKey and merge the pages, in numeric sort-key order.
			succeed("put-item", "--table-name", TABLE, "--item", """
					{"pk": {"S": "p"}, "sk": {"N": "2"}, "tags": {"SS": ["x", "y"]},
					 "l": {"L": [{"N": "1.50"}, {"NULL": true}]}, "m": {"M": {"ok": {"BOOL": true}}}}""");
			DocumentContext batch = succeed("batch-write-item", "--request-items", """
					{"%s": [{"PutRequest": {"Item": {"pk": {"S": "p"}, "sk": {"N": "10"}}}},
					        {"PutRequest": {"Item": {"pk": {"S": "p"}, "sk": {"N": "1"}}}}]}""".formatted(TABLE));
			assertThat(batch.read("$.UnprocessedItems", Map.class)).isEmpty();
			DocumentContext got = succeed("get-item", "--table-name", TABLE, "--consistent-read", "--key",
					"{\"pk\": {\"S\": \"p\"}, \"sk\": {\"N\": \"2\"}}");
			assertThat(got.read("$.Item.sk.N", String.class)).isEqualTo("2");
			assertThat(got.read("$.Item.tags.SS", List.class)).containsExactlyInAnyOrder("x", "y");
			assertThat(got.read("$.Item.l.L", List.class)).containsExactly(Map.of("N", "1.5"), Map.of("NULL", true));
			assertThat(got.read("$.Item.m.M.ok.BOOL", Boolean.class)).isTrue();
			DocumentContext query = succeed("query", "--table-name", TABLE, "--page-size", "2",
					"--key-condition-expression", "pk = :p", "--expression-attribute-values",
					"{\":p\": {\"S\": \"p\"}}");
			List<String> sortKeys = query.read("$.Items[*].sk.N");
			assertThat(sortKeys).containsExactly("1", "2", "10");
			assertThat(query.read("$.Count", Integer.class)).isEqualTo(3);
		}

		@Test
		void failedConditionalPutExitsWithTheServiceErrorAndDynamoDbsMessage() throws Exception {
			// A failed condition (attribute_exists on an absent item) is a service
			// error: the CLI exits 254 (v2) or 255 (v1) and prints code and message.
			ExternalCommand.Result failed = aws("put-item", "--table-name", TABLE, "--item",
					"{\"pk\": {\"S\": \"absent\"}, \"sk\": {\"N\": \"1\"}}", "--condition-expression",
					"attribute_exists(pk)");
			assertThat(failed.exitCode()).as(failed.describe()).isIn(254, 255);
			assertThat(failed.stderr()).as(failed.describe())
				.contains("An error occurred (ConditionalCheckFailedException) when calling the PutItem operation: "
						+ FAILED);
			assertThat(failed.stdout()).isBlank();
		}

		private DocumentContext succeed(String... arguments) throws Exception {
			ExternalCommand.Result result = aws(arguments);
			assertThat(result.exitCode()).as(result.describe()).isZero();
			return JsonPath.parse(result.stdout().isBlank() ? "{}" : result.stdout());
		}

		private ExternalCommand.Result aws(String... arguments) throws Exception {
			List<String> command = new java.util.ArrayList<>(List.of(this.aws, "dynamodb"));
			command.addAll(List.of(arguments));
			command.addAll(List.of("--endpoint-url", server.endpoint().toString(), "--output", "json"));
			return this.commands.run(command, Duration.ofSeconds(30));
		}

	}

	@SuppressWarnings("unchecked")
	private static <T> T cast(Object value) {
		return (T) value;
	}

}
