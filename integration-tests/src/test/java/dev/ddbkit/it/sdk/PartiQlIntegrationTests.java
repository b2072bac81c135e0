package dev.ddbkit.it.sdk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.ddbkit.it.backend.DynamoBackend;
import dev.ddbkit.it.backend.DynamoCapability;
import dev.ddbkit.it.backend.EveryBackend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementErrorCodeEnum;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DuplicateItemException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.ExecuteTransactionResponse;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ParameterizedStatement;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import static dev.ddbkit.it.sdk.Attributes.item;
import static dev.ddbkit.it.sdk.Attributes.n;
import static dev.ddbkit.it.sdk.Attributes.s;
import static dev.ddbkit.it.sdk.DynamoErrors.assertFails;
import static dev.ddbkit.it.sdk.DynamoErrors.assertValidation;
import static dev.ddbkit.it.sdk.DynamoErrors.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * PartiQL through ExecuteStatement, BatchExecuteStatement and ExecuteTransaction (API
 * Reference; DG "PartiQL select, insert, update and delete statements"): the same
 * statements give the same items and errors on every backend.
 */
@EveryBackend
class PartiQlIntegrationTests {

	private final DynamoBackend backend;

	private final DynamoDbClient ddb;

	private String table = "";

	PartiQlIntegrationTests(DynamoBackend backend, DynamoDbClient ddb) {
		this.backend = backend;
		this.ddb = ddb;
	}

	@BeforeEach
	void createTable() {
		this.table = TestTable.hash("pk", ScalarAttributeType.S).range("sk", ScalarAttributeType.N).create(this.ddb);
		run("INSERT INTO \"" + this.table + "\" VALUE {'pk': 'a', 'sk': 1, 'v': 10}");
		run("INSERT INTO \"" + this.table + "\" VALUE {'pk': 'a', 'sk': 2, 'v': 20, 'm': {'l': [1, 'two']}, "
				+ "'tags': <<'x', 'y'>>}");
		run("INSERT INTO \"" + this.table + "\" VALUE {'pk': ?, 'sk': ?}", s("b"), n(1));
	}

	@Test
	void selectsByPartitionKeyInSortKeyOrderWithProjections() {
		assertThat(sortKeys(run(select("WHERE pk = 'a'")))).containsExactly(1, 2);
		assertThat(sortKeys(run(select("WHERE pk = ? ORDER BY sk DESC"), s("a")))).containsExactly(2, 1);
		assertThat(run("SELECT v, m.l[1] FROM \"" + this.table + "\" WHERE pk = 'a' AND sk > 1").items())
			.containsExactly(item("v", n(20), "l[1]", s("two")));
	}

	@Test
	void selectsWithoutThePartitionKeyScanWithTheConditionAsFilter() {
		assertThat(sortedKeys(run(select("WHERE v >= 10 AND NOT v = 20")))).containsExactly("a1");
		assertThat(sortedKeys(run(select("WHERE v IS MISSING")))).containsExactly("b1");
		assertThat(sortedKeys(run(select("WHERE contains(tags, 'x') OR sk IN [1]")))).containsExactly("a1", "a2", "b1");
		assertThat(sortedKeys(run(select("WHERE begins_with(pk, 'a') AND size(tags) = 2")))).containsExactly("a2");
	}

	@Test
	void pagesWithLimitAndNextToken() {
		List<Integer> sortKeys = new ArrayList<>();
		String token = null;
		do {
			String next = token;
			ExecuteStatementResponse page = this.ddb
				.executeStatement((request) -> request.statement(select("WHERE pk = 'a'")).limit(1).nextToken(next));
			assertThat(page.items()).hasSizeLessThanOrEqualTo(1);
			sortKeys.addAll(sortKeys(page));
			token = page.nextToken();
		}
		while (token != null);
		assertThat(sortKeys).containsExactly(1, 2);
	}

	@Test
	void insertOfAnExistingKeyFailsWithDuplicateItem() {
		// DynamoDB Local names the error DuplicateItem, so the SDK cannot map it to
		// DuplicateItemException; the service's name is DuplicateItemException.
		Class<? extends DynamoDbException> type = this.backend.has(DynamoCapability.SERVICE_ERROR_MESSAGES)
				? DuplicateItemException.class : DynamoDbException.class;
		assertFails(() -> run("INSERT INTO \"" + this.table + "\" VALUE {'pk': 'a', 'sk': 1}"), type,
				message(this.backend, "DuplicateItemException", "DuplicateItem"),
				"Duplicate primary key exists in table");
		assertValidation(() -> run("INSERT INTO \"" + this.table + "\" VALUE {'pk': 'z'}"),
				"Key attribute should be present in the item: Key sk");
	}

	@Test
	void updatesAnExistingItemAndReturnsTheRequestedImage() {
		assertThat(run("UPDATE \"" + this.table + "\" SET v = v + 1, w = 'new' REMOVE m "
				+ "WHERE pk = 'a' AND sk = 2 RETURNING ALL NEW *")
			.items())
			.containsExactly(item("pk", s("a"), "sk", n(2), "v", n(21), "w", s("new"), "tags",
					AttributeValue.fromSs(List.of("x", "y"))));
		assertThat(run("UPDATE \"" + this.table + "\" SET tags = set_add(tags, <<'z'>>) WHERE pk = 'a' AND sk = 2 "
				+ "RETURNING MODIFIED NEW *")
			.items()).containsExactly(item("tags", AttributeValue.fromSs(List.of("x", "y", "z"))));
		assertThat(run("UPDATE \"" + this.table + "\" SET v = 0 WHERE pk = 'b' AND sk = 1").items()).isEmpty();
	}

	@Test
	void updateOfAMissingItemOrUnmetConditionFailsTheCondition() {
		ConditionalCheckFailedException missing = catchThrowableOfType(ConditionalCheckFailedException.class,
				() -> run("UPDATE \"" + this.table + "\" SET v = 1 WHERE pk = 'nope' AND sk = 1"));
		assertThat(missing.awsErrorDetails().errorMessage()).isEqualTo("The conditional request failed");
		assertThat(catchThrowableOfType(ConditionalCheckFailedException.class,
				() -> run("UPDATE \"" + this.table + "\" SET v = 1 WHERE pk = 'a' AND sk = 1 AND v = 99")))
			.isNotNull();
		assertValidation(() -> run("UPDATE \"" + this.table + "\" SET v = 1 WHERE pk = 'a'"),
				"Where clause does not contain a mandatory equality on all key attributes");
	}

	@Test
	void deletesReturnTheOldItemAndIgnoreAMissingOne() {
		assertThat(run("DELETE FROM \"" + this.table + "\" WHERE pk = 'b' AND sk = 1 RETURNING ALL OLD *").items())
			.containsExactly(item("pk", s("b"), "sk", n(1)));
		assertThat(run("DELETE FROM \"" + this.table + "\" WHERE pk = 'b' AND sk = 1").items()).isEmpty();
		assertThat(catchThrowableOfType(ConditionalCheckFailedException.class,
				() -> run("DELETE FROM \"" + this.table + "\" WHERE pk = 'a' AND sk = 1 AND v = 99")))
			.isNotNull();
		assertThat(sortedKeys(run(select("")))).containsExactly("a1", "a2");
	}

	@Test
	void rejectsMalformedStatementsAndParameterMismatches() {
		String malformed = "SELECT * FROM \"" + this.table + "\" WHERE";
		assertValidation(() -> run(malformed), "Statement wasn't well formed, can't be processed: " + malformed);
		assertValidation(() -> run(select("WHERE pk = ?")),
				"Number of parameters in request and statement don't match.");
		// Parameters beyond the placeholders are ignored.
		assertThat(sortKeys(run(select("WHERE pk = ?"), s("a"), s("b")))).containsExactly(1, 2);
		assertValidation(() -> run("SELECT * FROM \"" + this.table + "\".\"nope\""),
				"The table does not have the specified index: nope");
		assertValidation(() -> run("EXISTS(SELECT * FROM \"" + this.table + "\" WHERE pk = 'a' AND sk = 1)"),
				"EXISTS can only be used in ExecuteTransaction write requests.");
	}

	@Test
	void batchStatementsSucceedOrFailOneByOne() {
		List<BatchStatementResponse> writes = this.ddb.batchExecuteStatement((request) -> request.statements(
				statement("INSERT INTO \"" + this.table + "\" VALUE {'pk': 'c', 'sk': 1}"),
				statement("INSERT INTO \"" + this.table + "\" VALUE {'pk': 'a', 'sk': 1}"),
				statement("UPDATE \"" + this.table + "\" SET v = 1 WHERE pk = 'nope' AND sk = 1")))
			.responses();
		assertThat(writes).hasSize(3);
		assertThat(writes.get(0).error()).isNull();
		assertThat(writes.get(1).error().code()).isEqualTo(BatchStatementErrorCodeEnum.DUPLICATE_ITEM);
		assertThat(writes.get(1).error().message()).isEqualTo("Duplicate primary key exists in table");
		assertThat(writes.get(2).error().code()).isEqualTo(BatchStatementErrorCodeEnum.CONDITIONAL_CHECK_FAILED);
		List<BatchStatementResponse> reads = this.ddb.batchExecuteStatement((request) -> request.statements(
				statement("SELECT * FROM \"" + this.table + "\" WHERE pk = 'a' AND sk = 2"),
				statement("SELECT * FROM \"" + this.table + "\" WHERE pk = 'c' AND sk = 1")))
			.responses();
		assertThat(reads.get(0).item()).containsEntry("v", n(20));
		assertThat(reads.get(1).item()).isEqualTo(item("pk", s("c"), "sk", n(1)));
		assertValidation(
				() -> this.ddb.batchExecuteStatement((request) -> request.statements(
						statement("SELECT * FROM \"" + this.table + "\" WHERE pk = 'a' AND sk = 2"),
						statement("DELETE FROM \"" + this.table + "\" WHERE pk = 'a' AND sk = 2"))),
				"Read and write requests together in the same batch is not supported.");
	}

	@Test
	void transactionsWriteAllOrNothing() {
		transact("INSERT INTO \"" + this.table + "\" VALUE {'pk': 'c', 'sk': 1}",
				"UPDATE \"" + this.table + "\" SET v = 11 WHERE pk = 'a' AND sk = 1",
				"EXISTS(SELECT * FROM \"" + this.table + "\" WHERE pk = 'a' AND sk = 2 AND v = 20)",
				"DELETE FROM \"" + this.table + "\" WHERE pk = 'b' AND sk = 1");
		assertThat(sortedKeys(run(select("WHERE v = 11 OR pk = 'c'")))).containsExactly("a1", "c1");
		TransactionCanceledException canceled = catchThrowableOfType(TransactionCanceledException.class,
				() -> transact("INSERT INTO \"" + this.table + "\" VALUE {'pk': 'd', 'sk': 1}",
						"INSERT INTO \"" + this.table + "\" VALUE {'pk': 'c', 'sk': 1}",
						"UPDATE \"" + this.table + "\" SET v = 1 WHERE pk = 'nope' AND sk = 1"));
		assertThat(canceled.cancellationReasons()).extracting(CancellationReason::code)
			.containsExactly("None", "ValidationError", "ConditionalCheckFailed");
		assertThat(canceled.cancellationReasons().get(1).message()).isEqualTo("Duplicate primary key exists in table");
		assertThat(run(select("WHERE pk = 'd'")).items()).isEmpty();
	}

	@Test
	void readTransactionsAnswerEachKeyInOrder() {
		ExecuteTransactionResponse response = transact("SELECT * FROM \"" + this.table + "\" WHERE pk = 'b' AND sk = 1",
				"SELECT v FROM \"" + this.table + "\" WHERE pk = 'a' AND sk = 2",
				"SELECT * FROM \"" + this.table + "\" WHERE pk = 'nope' AND sk = 1");
		assertThat(response.responses()).extracting(ItemResponse::item)
			.containsExactly(item("pk", s("b"), "sk", n(1)), item("v", n(20)), Map.of());
		assertValidation(
				() -> transact(select("WHERE pk = 'a'"),
						"DELETE FROM \"" + this.table + "\" WHERE pk = 'a' AND sk = 1"),
				"ExecuteTransaction API does not support both read and write operations in the same request.");
		assertValidation(() -> transact(select("WHERE pk = 'a'")), "Validation failed in TransactStatements[0]: "
				+ "Select statements within ExecuteTransaction must specify the primary key in the where clause.");
	}

	private ExecuteTransactionResponse transact(String... statements) {
		return this.ddb.executeTransaction((request) -> request.transactStatements(Arrays.stream(statements)
			.map((text) -> ParameterizedStatement.builder().statement(text).build())
			.toList()));
	}

	private String select(String where) {
		return "SELECT * FROM \"" + this.table + "\" " + where;
	}

	private ExecuteStatementResponse run(String statement, AttributeValue... parameters) {
		return this.ddb.executeStatement((request) -> {
			request.statement(statement);
			if (parameters.length > 0) {
				request.parameters(parameters);
			}
		});
	}

	private static BatchStatementRequest statement(String text) {
		return BatchStatementRequest.builder().statement(text).build();
	}

	private static List<Integer> sortKeys(ExecuteStatementResponse response) {
		return response.items().stream().map((found) -> Integer.valueOf(found.get("sk").n())).toList();
	}

	private static List<String> sortedKeys(ExecuteStatementResponse response) {
		return response.items()
			.stream()
			.map((found) -> found.get("pk").s() + found.get("sk").n())
			.sorted(Comparator.naturalOrder())
			.toList();
	}

}
