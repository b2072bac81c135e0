package dev.ddbkit.engine.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.DynamoEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// DynamoDB's HTTP API is JSON 1.0 with the action in X-Amz-Target and errors as
// {"__type": ..., "message": ...}; a real SDK client pointed at the server sees the same
// results and exception types as against DynamoDB (Developer Guide, "DynamoDB low-level
// API", "Error handling with DynamoDB").
class DynamoHttpServerUnitTests {

	private final DynamoEngine engine = DynamoEngine.create();

	private DynamoHttpServer server;

	private DynamoDbClient client;

	@BeforeEach
	void start() throws IOException {
		this.server = DynamoHttpServer.start(this.engine, 0);
		this.client = ServerClients.dynamoDb(this.server);
		this.client.createTable((request) -> request.tableName("Items")
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.attributeDefinitions(attribute("PK", ScalarAttributeType.S), attribute("SK", ScalarAttributeType.N))
			.keySchema(KeySchemaElement.builder().attributeName("PK").keyType(KeyType.HASH).build(),
					KeySchemaElement.builder().attributeName("SK").keyType(KeyType.RANGE).build()));
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.server.close();
		this.engine.close();
	}

	@Test
	void aThrottleCarriesItsThrottlingReasonsInTheErrorBody() {
		// A partition takes 1,000 WCU per second: 400 KB writes to one key throttle
		// within a few requests; the error body lists {"reason","resource"} pairs (API
		// Reference, "ThrottlingReason").
		ProvisionedThroughputExceededException throttle = null;
		for (int i = 0; i < 20 && throttle == null; i++) {
			int sk = i;
			try {
				this.client.putItem((request) -> request.tableName("Items")
					.item(Map.of("PK", AttributeValue.fromS("hot"), "SK", AttributeValue.fromN(Integer.toString(sk)),
							"payload", AttributeValue.fromS("x".repeat(400_000)))));
			}
			catch (ProvisionedThroughputExceededException ex) {
				throttle = ex;
			}
		}
		assertThat(throttle).isNotNull();
		assertThat(throttle.throttlingReasons()).containsExactly(ThrottlingReason.builder()
			.reason("TableWriteKeyRangeThroughputExceeded")
			.resource("arn:aws:dynamodb:us-east-1:000000000000:table/Items")
			.build());
	}

	@Test
	void everyValueTypeSurvivesTheRoundTrip() {
		Map<String, AttributeValue> item = Map.ofEntries(Map.entry("PK", AttributeValue.fromS("p")),
				Map.entry("SK", AttributeValue.fromN("1")), Map.entry("s", AttributeValue.fromS("héllo")),
				Map.entry("n", AttributeValue.fromN("-12.50")),
				Map.entry("b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] { 0, (byte) 0xFF }))),
				Map.entry("bool", AttributeValue.fromBool(true)), Map.entry("nul", AttributeValue.fromNul(true)),
				Map.entry("l", AttributeValue.fromL(List.of(AttributeValue.fromS("x"), AttributeValue.fromN("2")))),
				Map.entry("m", AttributeValue.fromM(Map.of("k", AttributeValue.fromS("v")))),
				Map.entry("ss", AttributeValue.fromSs(List.of("a", "b"))),
				Map.entry("ns", AttributeValue.fromNs(List.of("1", "2"))),
				Map.entry("bs", AttributeValue.fromBs(List.of(SdkBytes.fromByteArray(new byte[] { 1 })))));
		this.client.putItem((request) -> request.tableName("Items").item(item));
		Map<String, AttributeValue> read = this.client
			.getItem((request) -> request.tableName("Items")
				.key(Map.of("PK", AttributeValue.fromS("p"), "SK", AttributeValue.fromN("1"))))
			.item();
		assertThat(read).containsAllEntriesOf(Map.of("s", item.get("s"), "b", item.get("b"), "l", item.get("l"), "m",
				item.get("m"), "ss", item.get("ss"), "bs", item.get("bs"), "nul", item.get("nul")));
		assertThat(read.get("n").n()).isEqualTo("-12.5");
	}

	@Test
	void queriesPageOverTheWire() {
		for (int i = 1; i <= 5; i++) {
			int sk = i;
			this.client.putItem((request) -> request.tableName("Items")
				.item(Map.of("PK", AttributeValue.fromS("p"), "SK", AttributeValue.fromN(Integer.toString(sk)))));
		}
		QueryResponse page = this.client.query((request) -> request.tableName("Items")
			.keyConditionExpression("PK = :p AND SK > :min")
			.expressionAttributeValues(Map.of(":p", AttributeValue.fromS("p"), ":min", AttributeValue.fromN("1")))
			.scanIndexForward(false)
			.limit(2));
		assertThat(page.items()).extracting((item) -> item.get("SK").n()).containsExactly("5", "4");
		assertThat(page.count()).isEqualTo(2);
		assertThat(page.lastEvaluatedKey()).containsEntry("SK", AttributeValue.fromN("4"));
		TableDescription table = this.client.describeTable((request) -> request.tableName("Items")).table();
		assertThat(table.itemCount()).isEqualTo(5);
		assertThat(table.creationDateTime()).isNotNull();
	}

	@Test
	void errorsArriveAsTheSdkExceptionsDynamoDbRaises() {
		Map<String, AttributeValue> item = Map.of("PK", AttributeValue.fromS("p"), "SK", AttributeValue.fromN("1"), "v",
				AttributeValue.fromN("1"));
		this.client.putItem((request) -> request.tableName("Items").item(item));
		assertThatExceptionOfType(ConditionalCheckFailedException.class)
			.isThrownBy(() -> this.client.putItem((request) -> request.tableName("Items")
				.item(item)
				.conditionExpression("attribute_not_exists(PK)")
				.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)))
			.withMessageStartingWith("The conditional request failed")
			.satisfies((ex) -> assertThat(ex.item()).containsEntry("v", AttributeValue.fromN("1")));
		assertThatExceptionOfType(ResourceNotFoundException.class)
			.isThrownBy(() -> this.client.describeTable((request) -> request.tableName("Missing")))
			.withMessageStartingWith("Requested resource not found: Table: Missing not found");
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client
				.putItem((request) -> request.tableName("Items").item(Map.of("PK", AttributeValue.fromS("p")))))
			.withMessageStartingWith("One or more parameter values were invalid: Missing the key SK in the item")
			.satisfies((ex) -> {
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
				assertThat(ex.statusCode()).isEqualTo(400);
			});
	}

	@Test
	void aCancelledTransactionCarriesItsReasons() {
		this.client.putItem((request) -> request.tableName("Items")
			.item(Map.of("PK", AttributeValue.fromS("p"), "SK", AttributeValue.fromN("1"))));
		TransactWriteItem insert = TransactWriteItem.builder()
			.put(Put.builder()
				.tableName("Items")
				.item(Map.of("PK", AttributeValue.fromS("p"), "SK", AttributeValue.fromN("1")))
				.conditionExpression("attribute_not_exists(PK)")
				.build())
			.build();
		assertThatExceptionOfType(TransactionCanceledException.class)
			.isThrownBy(() -> this.client.transactWriteItems((request) -> request.transactItems(insert)))
			.satisfies((ex) -> assertThat(ex.cancellationReasons()).extracting((reason) -> reason.code())
				.containsExactly("ConditionalCheckFailed"));
	}

	@Test
	void streamRecordsAreServedOverTheWire() {
		String arn = this.client
			.updateTable((request) -> request.tableName("Items")
				.streamSpecification((spec) -> spec.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)))
			.tableDescription()
			.latestStreamArn();
		this.client.putItem((request) -> request.tableName("Items")
			.item(Map.of("PK", AttributeValue.fromS("p"), "SK", AttributeValue.fromN("7"))));
		try (DynamoDbStreamsClient streams = DynamoDbStreamsClient.builder()
			.endpointOverride(this.server.endpoint())
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("key", "secret")))
			.httpClient(UrlConnectionHttpClient.create())
			.build()) {
			String shardId = streams.describeStream((request) -> request.streamArn(arn))
				.streamDescription()
				.shards()
				.get(0)
				.shardId();
			String iterator = streams
				.getShardIterator((request) -> request.streamArn(arn)
					.shardId(shardId)
					.shardIteratorType(ShardIteratorType.TRIM_HORIZON))
				.shardIterator();
			assertThat(streams.getRecords((request) -> request.shardIterator(iterator)).records()).singleElement()
				.satisfies((record) -> {
					assertThat(record.eventNameAsString()).isEqualTo("INSERT");
					assertThat(record.dynamodb().newImage()).containsEntry("SK", AttributeValue.fromN("7"));
				});
		}
	}

	@Test
	void anUnknownTargetOrMalformedBodyIsRejectedInDynamoDbsEnvelope() throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		HttpResponse<String> unknown = http.send(request("DynamoDB_20120810.Nope", "{}"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("\"__type\":\"com.amazon.coral.service#UnknownOperationException\"");
		HttpResponse<String> malformed = http.send(request("DynamoDB_20120810.ListTables", "{nope"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.body()).contains("SerializationException");
		HttpResponse<String> list = http.send(request("DynamoDB_20120810.ListTables", "{}"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(list.body()).isEqualTo("{\"TableNames\":[\"Items\"]}");
		assertThat(list.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.0");
	}

	private HttpRequest request(String target, String body) {
		return HttpRequest.newBuilder(URI.create(this.server.endpoint() + "/"))
			.header("X-Amz-Target", target)
			.header("Content-Type", "application/x-amz-json-1.0")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static AttributeDefinition attribute(String name, ScalarAttributeType type) {
		return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
	}

}
