package dev.ddbkit.it.sdk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.ddbkit.it.backend.DynamoBackend;
import dev.ddbkit.it.backend.EveryBackend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import static dev.ddbkit.it.sdk.Attributes.item;
import static dev.ddbkit.it.sdk.Attributes.n;
import static dev.ddbkit.it.sdk.Attributes.s;
import static dev.ddbkit.it.sdk.DynamoErrors.assertValidation;
import static dev.ddbkit.it.sdk.DynamoErrors.message;

/**
 * Request shapes DynamoDB refuses: paging keys, Select and projections, parallel-scan
 * segments, ReturnValues, index keys, nesting depth and request sizes (API Query, Scan,
 * PutItem, BatchWriteItem, TransactWriteItems; DG "Quotas"). Each error is a
 * ValidationException; where the service (as the engine words it) and DynamoDB Local word
 * it differently, both texts are pinned (see {@code it-fidelity.md}).
 */
@EveryBackend
class RequestValidationIntegrationTests {

	private final DynamoBackend backend;

	private final DynamoDbClient ddb;

	private String table = "";

	RequestValidationIntegrationTests(DynamoBackend backend, DynamoDbClient ddb) {
		this.backend = backend;
		this.ddb = ddb;
	}

	@BeforeEach
	void createTable() {
		this.table = TestTable.hash("pk", ScalarAttributeType.S)
			.range("sk", ScalarAttributeType.N)
			.gsi("byG", "g", ScalarAttributeType.S, null, null)
			.create(this.ddb);
		this.ddb.putItem((request) -> request.tableName(this.table).item(item("pk", s("p"), "sk", n(1), "g", s("x"))));
	}

	@Test
	void rejectsAStartingKeyOutsideTheKeyCondition() {
		// ExclusiveStartKey must be a full key inside the queried range.
		assertValidation(() -> query(Map.of(":p", s("p"), ":v", n(5)), " AND sk > :v", item("pk", s("p"), "sk", n(1))),
				"The provided starting key does not match the range key predicate");
		assertValidation(() -> query(Map.of(":p", s("p")), "", item("pk", s("q"), "sk", n(1))),
				message(this.backend,
						"The provided starting key is invalid: The provided key element does not match the schema",
						"The provided starting key does not match the range key predicate"));
		assertValidation(() -> query(Map.of(":p", s("p")), "", item("pk", s("p"))),
				message(this.backend,
						"The provided starting key is invalid: The provided key element does not match the schema",
						"Exclusive Start Key must have same size as table's key schema"));
	}

	@Test
	void rejectsSelectValuesThatContradictTheRequest() {
		// ALL_PROJECTED_ATTRIBUTES needs an index; SPECIFIC_ATTRIBUTES needs a
		// projection; COUNT and
		// ALL_ATTRIBUTES exclude one.
		assertValidation(() -> this.ddb.query(partition().select(Select.ALL_PROJECTED_ATTRIBUTES).build()),
				"ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
		assertValidation(() -> this.ddb.query(partition().select(Select.SPECIFIC_ATTRIBUTES).build()),
				message(this.backend,
						"One or more parameter values were invalid: Select type SPECIFIC_ATTRIBUTES requires "
								+ "ProjectionExpression or AttributesToGet",
						"Must specify the AttributesToGet or ProjectionExpression when choosing to get "
								+ "SPECIFIC_ATTRIBUTES"));
		assertValidation(() -> this.ddb.query(partition().select(Select.COUNT).projectionExpression("pk").build()),
				message(this.backend,
						"Cannot specify the AttributesToGet when choosing to get ALL_ATTRIBUTES, "
								+ "ALL_PROJECTED_ATTRIBUTES or COUNT",
						"Cannot specify the ProjectionExpression when choosing to get only the Count"));
	}

	@Test
	void rejectsInconsistentScanSegments() {
		// Segment needs TotalSegments and must be below it.
		assertValidation(() -> this.ddb.scan((request) -> request.tableName(this.table).segment(1)),
				message(this.backend,
						"The TotalSegments parameter is required but was not present in the request when Segment "
								+ "parameter is present",
						"If segment is specified, total segment must also be specified"));
		assertValidation(() -> this.ddb.scan((request) -> request.tableName(this.table).segment(3).totalSegments(3)),
				message(this.backend,
						"The Segment parameter is zero-based and must be less than parameter TotalSegments: "
								+ "Segment: 3 is not less than TotalSegments: 3",
						"1 validation error detected: Value '3' at 'segment' failed to satisfy constraint: Member "
								+ "must have value less than or equal to 2"));
		assertValidation(
				() -> this.ddb.scan((request) -> request.tableName(this.table).indexName("byG").consistentRead(true)),
				"Consistent reads are not supported on global secondary indexes");
	}

	@Test
	void rejectsReturnValuesAPutCannotProduce() {
		// PutItem returns only ALL_OLD or NONE.
		assertValidation(
				() -> this.ddb.putItem((request) -> request.tableName(this.table)
					.item(item("pk", s("p"), "sk", n(1)))
					.returnValues(ReturnValue.ALL_NEW)),
				message(this.backend, "ReturnValues can only be ALL_OLD or NONE",
						"Return values set to invalid value"));
	}

	@Test
	void checksIndexKeyAttributesOfAnItem() {
		// An index key attribute must have the type of its definition and may not be an
		// empty string.
		assertValidation(
				() -> this.ddb.putItem(
						(request) -> request.tableName(this.table).item(item("pk", s("p"), "sk", n(2), "g", n(1)))),
				message(this.backend,
						"One or more parameter values were invalid: Type mismatch for Index Key g Expected: S Actual: "
								+ "N IndexName: byG",
						"One or more parameter values were invalid: Type mismatch for Index Key"));
		assertValidation(
				() -> this.ddb.putItem(
						(request) -> request.tableName(this.table).item(item("pk", s("p"), "sk", n(3), "g", s("")))),
				"One or more parameter values are not valid. A value specified for a secondary index key is not "
						+ "supported. The AttributeValue for a key attribute cannot contain an empty string value. "
						+ "IndexName: byG, IndexKey: g");
	}

	@Test
	void rejectsDocumentsNestedDeeperThanThirtyTwoLevels() {
		// Nesting depth is limited to 32 levels.
		AttributeValue deep = s("leaf");
		for (int i = 0; i < 33; i++) {
			deep = AttributeValue.fromL(List.of(deep));
		}
		AttributeValue tooDeep = deep;
		assertValidation(() -> this.ddb
			.putItem((request) -> request.tableName(this.table).item(item("pk", s("p"), "sk", n(7), "deep", tooDeep))),
				message(this.backend, "Nesting Levels have exceeded supported limits",
						"Nesting Levels have exceeded supported limits: Attributes in the item have nested levels "
								+ "beyond supported limit"));
	}

	@Test
	void rejectsEmptyBatchesAndOversizedTransactions() {
		// A batch names at least one request per table; a transaction holds at most 100
		// actions.
		assertValidation(
				() -> this.ddb.batchWriteItem((request) -> request.requestItems(Map.of(this.table, List.of()))),
				message(this.backend,
						"1 validation error detected: Value at 'requestItems' failed to satisfy constraint: Map value "
								+ "must satisfy constraint: [Member must have length less than or equal to 25, "
								+ "Member must have length greater than or equal to 1]",
						"The batch write request list for a table cannot be null or empty: " + this.table));
		List<TransactWriteItem> actions = new ArrayList<>();
		for (int i = 0; i < 101; i++) {
			int key = i;
			actions.add(TransactWriteItem.builder()
				.put((put) -> put.tableName(this.table).item(item("pk", s("k" + key), "sk", n(0))))
				.build());
		}
		assertValidation(() -> this.ddb.transactWriteItems((request) -> request.transactItems(actions)),
				message(this.backend,
						"1 validation error detected: Value at 'transactItems' failed to satisfy constraint: Member "
								+ "must have length less than or equal to 100",
						"Member must have length less than or equal to 100"));
	}

	private QueryRequest.Builder partition() {
		return QueryRequest.builder()
			.tableName(this.table)
			.keyConditionExpression("pk = :p")
			.expressionAttributeValues(Map.of(":p", s("p")));
	}

	private void query(Map<String, AttributeValue> values, String sortCondition, Map<String, AttributeValue> start) {
		this.ddb.query((request) -> request.tableName(this.table)
			.keyConditionExpression("pk = :p" + sortCondition)
			.expressionAttributeValues(values)
			.exclusiveStartKey(start));
	}

}
