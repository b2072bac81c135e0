package dev.ddbkit.sample.ecommerce;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.client.LocalDynamoDbStreamsClient;
import dev.ddbkit.engine.server.DynamoHttpServer;
import dev.ddbkit.sample.ecommerce.sales.SalesStreamListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

// The application in aws mode against DynamoDB's HTTP API served by an engine outside
// the application: the listener reads the stream through the streams client the starter
// builds from the DynamoDbClient's endpoint, region and credentials, as against AWS. The
// table exists before the application starts, keys only and without a stream (as one
// created by an earlier version): the schema initializer adds the GSIs and the listener
// turns the stream on with UpdateTable.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "ddb.mode=aws", "ddb.region=us-east-1",
				"ddb.credentials.access-key=test", "ddb.credentials.secret-key=test", "sample.sales.poll-interval=1h" })
class SalesStreamAwsModeTests {

	private static final DynamoEngine ENGINE = DynamoEngine.create();

	private static DynamoHttpServer server;

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private DynamoDbStreamsClient streams;

	@Autowired
	private SalesStreamListener listener;

	@DynamicPropertySource
	static void endpoint(DynamicPropertyRegistry registry) throws IOException {
		server = DynamoHttpServer.start(ENGINE, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
		ENGINE.client()
			.createTable((table) -> table.tableName("ecommerce")
				.billingMode(BillingMode.PAY_PER_REQUEST)
				.keySchema(KeySchemaElement.builder().attributeName("PK").keyType(KeyType.HASH).build(),
						KeySchemaElement.builder().attributeName("SK").keyType(KeyType.RANGE).build())
				.attributeDefinitions(
						AttributeDefinition.builder().attributeName("PK").attributeType(ScalarAttributeType.S).build(),
						AttributeDefinition.builder()
							.attributeName("SK")
							.attributeType(ScalarAttributeType.S)
							.build()));
		registry.add("ddb.endpoint", () -> server.endpoint().toString());
	}

	@AfterAll
	static void stop() {
		server.close();
		ENGINE.close();
	}

	@Test
	void theDailySalesViewIsKeptFromTheStreamReadOverHttp() {
		assertThat(this.context.getBeansOfType(DynamoEngine.class)).isEmpty();
		assertThat(this.streams).isNotInstanceOf(LocalDynamoDbStreamsClient.class);
		assertThat(this.listener.isActive()).isTrue();
		StreamSpecification stream = ENGINE.client()
			.describeTable((request) -> request.tableName("ecommerce"))
			.table()
			.streamSpecification();
		assertThat(stream.streamEnabled()).isTrue();
		assertThat(stream.streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);

		this.listener.catchUp();

		List<Map<String, String>> orders = OlistCsvFiles.read("olist_orders_dataset.csv");
		List<Map<String, String>> items = OlistCsvFiles.read("olist_order_items_dataset.csv");
		assertThat(this.listener.getProcessed()).isGreaterThanOrEqualTo(orders.size() + items.size());
		List<String> days = orders.stream()
			.map((row) -> row.get("order_purchase_timestamp").substring(0, 10))
			.sorted()
			.toList();
		JsonNode sales = new ApiClient(this.port)
			.get("/sales/daily?from=" + days.get(0) + "&to=" + days.get(days.size() - 1))
			.body();
		assertThat(sales.get("orders").asLong()).isEqualTo(orders.size());
		assertThat(sales.get("items").asLong()).isEqualTo(items.size());
		assertThat(sales.get("itemsTotal").decimalValue()).isEqualByComparingTo(
				items.stream().map((row) -> new BigDecimal(row.get("price"))).reduce(BigDecimal.ZERO, BigDecimal::add));
	}

}
