package dev.ddbkit.engine.partiql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.DynamoEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementErrorCodeEnum;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DuplicateItemException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.ExecuteTransactionResponse;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ParameterizedStatement;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

// ExecuteStatement and BatchExecuteStatement through the in-process client (API Reference
// ExecuteStatement, BatchExecuteStatement; DG "PartiQL select, insert, update and delete
// statements"); messages as DynamoDB Local 3.3.1 words them.
class DynamoPartiqlUnitTests {

	private final DynamoEngine engine = DynamoEngine.create();

	private final DynamoDbClient client = this.engine.client();

	@BeforeEach
	void createTable() {
		this.client.createTable((request) -> request.tableName("Music")
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.attributeDefinitions(attribute("Artist", ScalarAttributeType.S), attribute("Track", ScalarAttributeType.N),
					attribute("Genre", ScalarAttributeType.S))
			.keySchema(key("Artist", KeyType.HASH), key("Track", KeyType.RANGE))
			.globalSecondaryIndexes(GlobalSecondaryIndex.builder()
				.indexName("ByGenre")
				.keySchema(key("Genre", KeyType.HASH))
				.projection((projection) -> projection.projectionType(ProjectionType.ALL))
				.build()));
		run("INSERT INTO Music VALUE {'Artist': 'Ada', 'Track': 1, 'Plays': 10, 'Genre': 'jazz'}");
		run("INSERT INTO \"Music\" VALUE {'Artist': 'Ada', 'Track': 2, 'Plays': 20, "
				+ "'Info': {'tags': ['a', 'b']}, 'Labels': <<'x', 'y'>>}");
		run("INSERT INTO Music VALUE {'Artist': ?, 'Track': ?}", AttributeValue.fromS("Bo"), AttributeValue.fromN("1"));
	}

	@AfterEach
	void close() {
		this.engine.close();
	}

	@Test
	void selectWithThePartitionKeyQueriesInSortKeyOrder() {
		assertThat(tracks(run("SELECT * FROM Music WHERE Artist = 'Ada'"))).containsExactly(1, 2);
		assertThat(tracks(run("SELECT * FROM Music WHERE Artist = 'Ada' ORDER BY Track DESC"))).containsExactly(2, 1);
		assertThat(tracks(run("SELECT * FROM Music WHERE Artist = ? AND Track > 1", AttributeValue.fromS("Ada"))))
			.containsExactly(2);
		assertThat(tracks(run("SELECT * FROM Music WHERE 'Ada' = Artist AND 2 > Track"))).containsExactly(1);
		assertThat(
				run("UPDATE Music SET Plays = 1 WHERE 1 = Track AND 'Ada' = Artist RETURNING MODIFIED NEW *").items())
			.containsExactly(Map.of("Plays", AttributeValue.fromN("1")));
	}

	@Test
	void selectWithoutThePartitionKeyScansWithTheWholeConditionAsFilter() {
		assertThat(tracks(run("SELECT * FROM Music WHERE Plays >= 10 AND NOT Plays = 20"))).containsExactly(1);
		assertThat(run("SELECT * FROM Music WHERE Plays IS MISSING").items()).hasSize(1);
		assertThat(run("SELECT * FROM Music WHERE contains(Labels, 'x') OR Plays IN [10]").items()).hasSize(2);
		assertThat(run("SELECT * FROM Music").items()).hasSize(3);
	}

	@Test
	void projectionsNameNestedValuesByTheirLastStep() {
		ExecuteStatementResponse response = run(
				"SELECT Plays, Info.tags[1], Missing FROM Music WHERE Artist = 'Ada' AND Track = 2");
		assertThat(response.items())
			.containsExactly(Map.of("Plays", AttributeValue.fromN("20"), "tags[1]", AttributeValue.fromS("b")));
	}

	@Test
	void selectOnAnIndexQueriesTheIndex() {
		assertThat(tracks(run("SELECT * FROM Music.ByGenre WHERE Genre = 'jazz'"))).containsExactly(1);
		assertThatThrownBy(() -> run("SELECT * FROM \"Music\".\"Nope\"")).isInstanceOf(DynamoDbException.class)
			.hasMessageStartingWith("The table does not have the specified index: Nope");
	}

	@Test
	void limitPagesWithANextToken() {
		List<Integer> tracks = new ArrayList<>();
		String token = null;
		int pages = 0;
		do {
			String next = token;
			ExecuteStatementResponse page = this.client.executeStatement((
					request) -> request.statement("SELECT * FROM Music WHERE Artist = 'Ada'").limit(1).nextToken(next));
			tracks.addAll(tracks(page));
			token = page.nextToken();
			pages++;
		}
		while (token != null);
		assertThat(tracks).containsExactly(1, 2);
		assertThat(pages).isEqualTo(3);
	}

	@Test
	void insertOfAnExistingKeyFailsWithDuplicateItem() {
		assertThatThrownBy(() -> run("INSERT INTO Music VALUE {'Artist': 'Ada', 'Track': 1}"))
			.isInstanceOf(DuplicateItemException.class)
			.hasMessageStartingWith("Duplicate primary key exists in table");
		assertThatThrownBy(() -> run("INSERT INTO Music VALUE {'Artist': 'Ada'}"))
			.hasMessageStartingWith("Key attribute should be present in the item: Key Track");
	}

	@Test
	void updateSetsRemovesAndReturnsTheRequestedImage() {
		ExecuteStatementResponse response = run("UPDATE Music SET Plays = Plays + 1, Note = 'new' REMOVE Genre "
				+ "WHERE Artist = 'Ada' AND Track = 1 RETURNING ALL NEW *");
		assertThat(response.items()).containsExactly(Map.of("Artist", AttributeValue.fromS("Ada"), "Track",
				AttributeValue.fromN("1"), "Plays", AttributeValue.fromN("11"), "Note", AttributeValue.fromS("new")));
		assertThat(run("UPDATE Music SET Labels = set_add(Labels, <<'z'>>) WHERE Artist = 'Ada' AND Track = 2 "
				+ "RETURNING MODIFIED NEW *")
			.items()).containsExactly(Map.of("Labels", AttributeValue.fromSs(List.of("x", "y", "z"))));
		assertThat(run("UPDATE Music SET Plays = 0 WHERE Artist = 'Bo' AND Track = 1").items()).isEmpty();
	}

	@Test
	void updateNeedsAnExistingItemAndTheWholeKey() {
		assertThatThrownBy(() -> run("UPDATE Music SET Plays = 1 WHERE Artist = 'Nobody' AND Track = 1"))
			.isInstanceOf(ConditionalCheckFailedException.class);
		assertThatThrownBy(() -> run("UPDATE Music SET Plays = 1 WHERE Artist = 'Ada' AND Track = 1 AND Plays = 99"))
			.isInstanceOf(ConditionalCheckFailedException.class);
		assertThatThrownBy(() -> run("UPDATE Music SET Plays = 1 WHERE Artist = 'Ada'"))
			.hasMessageStartingWith("Where clause does not contain a mandatory equality on all key attributes");
	}

	@Test
	void deleteRemovesTheItemAndIgnoresAMissingOne() {
		assertThat(run("DELETE FROM Music WHERE Artist = 'Bo' AND Track = 1 RETURNING ALL OLD *").items())
			.containsExactly(Map.of("Artist", AttributeValue.fromS("Bo"), "Track", AttributeValue.fromN("1")));
		assertThat(run("DELETE FROM Music WHERE Artist = 'Bo' AND Track = 1").items()).isEmpty();
		assertThat(run("SELECT * FROM Music WHERE Artist = 'Bo'").items()).isEmpty();
	}

	@Test
	void malformedStatementsAndParameterMismatchesAreValidationErrors() {
		assertThatThrownBy(() -> run("SELECT FROM Music"))
			.hasMessageStartingWith("Statement wasn't well formed, can't be processed: SELECT FROM Music");
		assertThatThrownBy(() -> run("SELECT * FROM Music WHERE Artist = ? AND Track = ?", AttributeValue.fromS("Ada")))
			.hasMessageStartingWith("Number of parameters in request and statement don't match.");
		assertThatThrownBy(() -> run("SELECT * FROM Missing")).hasMessageStartingWith("Unexpected from source");
		assertThatThrownBy(() -> run("DELETE FROM Missing WHERE a = 1")).isInstanceOf(ResourceNotFoundException.class);
		assertThatThrownBy(() -> run("EXISTS(SELECT * FROM Music WHERE Artist = 'Ada' AND Track = 1)"))
			.hasMessageStartingWith("EXISTS can only be used in ExecuteTransaction write requests.");
	}

	@Test
	void consumedCapacityIsReturnedWhenAsked() {
		ExecuteStatementResponse response = this.client
			.executeStatement((request) -> request.statement("SELECT * FROM Music WHERE Artist = 'Ada'")
				.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
		assertThat(response.consumedCapacity().tableName()).isEqualTo("Music");
		assertThat(response.consumedCapacity().capacityUnits()).isEqualTo(0.5);
	}

	@Test
	void batchStatementsRunIndependentlyButNeverMixReadsAndWrites() {
		List<BatchStatementResponse> responses = this.client.batchExecuteStatement(
				(request) -> request.statements(statement("INSERT INTO Music VALUE {'Artist': 'Cy', 'Track': 1}"),
						statement("INSERT INTO Music VALUE {'Artist': 'Ada', 'Track': 1}")))
			.responses();
		assertThat(responses.get(0).error()).isNull();
		assertThat(responses.get(0).tableName()).isEqualTo("Music");
		assertThat(responses.get(1).error().code()).isEqualTo(BatchStatementErrorCodeEnum.DUPLICATE_ITEM);
		assertThat(this.client
			.batchExecuteStatement((request) -> request
				.statements(statement("SELECT * FROM Music WHERE Artist = 'Ada' AND Track = 2")))
			.responses()
			.get(0)
			.item()).containsEntry("Plays", AttributeValue.fromN("20"));
		assertThat(run("SELECT * FROM Music WHERE Artist = 'Cy'").items()).hasSize(1);
		assertThatThrownBy(() -> this.client.batchExecuteStatement(
				(request) -> request.statements(statement("SELECT * FROM Music WHERE Artist = 'Ada' AND Track = 2"),
						statement("DELETE FROM Music WHERE Artist = 'Ada' AND Track = 2"))))
			.hasMessageStartingWith("Read and write requests together in the same batch is not supported.");
	}

	@Test
	void writeTransactionsApplyAllOrNothing() {
		this.client.executeTransaction((request) -> request.transactStatements(
				transactional("INSERT INTO Music VALUE {'Artist': 'Cy', 'Track': 1}"),
				transactional("UPDATE Music SET Plays = 11 WHERE Artist = 'Ada' AND Track = 1"),
				transactional("EXISTS(SELECT * FROM Music WHERE Artist = 'Bo' AND Track = 1 AND Plays IS MISSING)")));
		assertThat(run("SELECT * FROM Music WHERE Plays = 11 OR Artist = 'Cy'").items()).hasSize(2);
		assertThatThrownBy(() -> this.client.executeTransaction((request) -> request.transactStatements(
				transactional("INSERT INTO Music VALUE {'Artist': 'Di', 'Track': 1}"),
				transactional("INSERT INTO Music VALUE {'Artist': 'Cy', 'Track': 1}"))))
			.isInstanceOfSatisfying(TransactionCanceledException.class,
					(canceled) -> assertThat(canceled.cancellationReasons()).extracting(CancellationReason::code)
						.containsExactly("None", "ValidationError"));
		assertThat(run("SELECT * FROM Music WHERE Artist = 'Di'").items()).isEmpty();
		assertThatThrownBy(() -> this.client.executeTransaction((request) -> request
			.transactStatements(transactional("EXISTS(SELECT * FROM Music WHERE Artist = 'Bo' AND Track = 1)"))))
			.hasMessageStartingWith("Validation failed in TransactStatements[0]: EXISTS() must contain a single item "
					+ "read with additional condition");
	}

	@Test
	void readTransactionsGetOneItemPerStatement() {
		ExecuteTransactionResponse response = this.client.executeTransaction((request) -> request.transactStatements(
				transactional("SELECT Plays FROM Music WHERE Artist = 'Ada' AND Track = 2"),
				transactional("SELECT * FROM Music WHERE Artist = 'Zed' AND Track = 1")));
		assertThat(response.responses()).extracting(ItemResponse::item)
			.containsExactly(Map.of("Plays", AttributeValue.fromN("20")), Map.of());
		assertThatThrownBy(() -> this.client.executeTransaction((request) -> request.transactStatements(
				transactional("SELECT * FROM Music WHERE Artist = 'Ada' AND Track = 2"),
				transactional("DELETE FROM Music WHERE Artist = 'Ada' AND Track = 2"))))
			.hasMessageStartingWith(
					"ExecuteTransaction API does not support both read and write operations in the same request.");
	}

	private static ParameterizedStatement transactional(String text) {
		return ParameterizedStatement.builder().statement(text).build();
	}

	private ExecuteStatementResponse run(String statement, AttributeValue... parameters) {
		return this.client.executeStatement((request) -> {
			request.statement(statement);
			if (parameters.length > 0) {
				request.parameters(parameters);
			}
		});
	}

	private static BatchStatementRequest statement(String text) {
		return BatchStatementRequest.builder().statement(text).build();
	}

	private static List<Integer> tracks(ExecuteStatementResponse response) {
		return response.items().stream().map((item) -> Integer.valueOf(item.get("Track").n())).toList();
	}

	private static AttributeDefinition attribute(String name, ScalarAttributeType type) {
		return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
	}

	private static KeySchemaElement key(String name, KeyType type) {
		return KeySchemaElement.builder().attributeName(name).keyType(type).build();
	}

}
