package dev.ddbkit.sample.ecommerce;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.ddbkit.autoconfigure.DynamoConnectionDetails;
import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.server.DynamoHttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.localstack.LocalStackContainer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code aws} profile (application-aws.yml: {@code ddb.mode=aws}) wired to DynamoDB
 * endpoints outside the application, checked the same way on two of them: ddbkit's engine
 * served over HTTP on 127.0.0.1 (always, no Docker needed) and LocalStack started by
 * Testcontainers and wired by {@code @ServiceConnection} with no {@code ddb.*} connection
 * property (only where a Docker engine is reachable; otherwise reported as skipped with
 * that reason). Either way the application creates its table there, loads the Olist
 * sample through the SDK and serves it.
 */
class AwsProfileEndToEndTests {

	private static final List<Map<String, String>> ORDERS = OlistCsvFiles.read("olist_orders_dataset.csv");

	private static final List<Map<String, String>> ITEMS = OlistCsvFiles.read("olist_order_items_dataset.csv");

	/** The checks both endpoints pass. */
	abstract static class AwsProfileChecks {

		@LocalServerPort
		private int port;

		@Autowired
		private ApplicationContext context;

		@Autowired
		private DynamoConnectionDetails connection;

		private ApiClient api = new ApiClient(0);

		@BeforeEach
		void connect() {
			this.api = new ApiClient(this.port);
		}

		/** The endpoint the application must use. */
		abstract URI expectedEndpoint();

		/** A client for that endpoint that is not the application's. */
		abstract DynamoDbClient outsideClient();

		@Test
		void talksToTheExternalEndpointWithoutAnEmbeddedEngine() {
			assertThat(this.connection.getEndpoint()).isEqualTo(expectedEndpoint());
			assertThat(this.context.getBeanNamesForType(DynamoEngine.class)).as("no embedded engine").isEmpty();
		}

		@Test
		void createdItsTableThereAndLoadedTheSampleThroughTheSdk() {
			int orders = outsideClient()
				.scanPaginator((scan) -> scan.tableName("ecommerce")
					.select(Select.COUNT)
					.filterExpression("#type = :order")
					.expressionAttributeNames(Map.of("#type", "_type"))
					.expressionAttributeValues(Map.of(":order", AttributeValue.fromS("Order"))))
				.stream()
				.mapToInt(ScanResponse::count)
				.sum();
			assertThat(orders).isEqualTo(ORDERS.size());
		}

		@Test
		void servesAnOrderWithItsItemsFromThatEndpoint() {
			Map<String, List<Map<String, String>>> itemsByOrder = ITEMS.stream()
				.collect(Collectors.groupingBy((item) -> item.get("order_id")));
			String orderId = itemsByOrder.keySet().stream().sorted().findFirst().orElseThrow();
			Map<String, String> order = ORDERS.stream()
				.filter((row) -> row.get("order_id").equals(orderId))
				.findFirst()
				.orElseThrow();
			ApiResponse response = this.api.get("/orders/" + orderId);
			assertThat(response.status()).isEqualTo(200);
			JsonNode body = response.body();
			assertThat(body.get("orderId").asString()).isEqualTo(orderId);
			assertThat(body.get("status").asString()).isEqualTo(order.get("order_status"));
			assertThat(body.get("items")).hasSize(itemsByOrder.get(orderId).size());
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
	@ActiveProfiles("aws")
	class EngineOverHttp extends AwsProfileChecks {

		private static final DynamoEngine ENGINE = DynamoEngine.create();

		private static final DynamoHttpServer SERVER = serve(ENGINE);

		@DynamicPropertySource
		static void endpoint(DynamicPropertyRegistry registry) {
			registry.add("ddb.endpoint", () -> SERVER.endpoint().toString());
			registry.add("ddb.region", () -> "us-east-1");
			registry.add("ddb.credentials.access-key", () -> "test");
			registry.add("ddb.credentials.secret-key", () -> "test");
		}

		@AfterAll
		static void stop() {
			SERVER.close();
			ENGINE.close();
		}

		@Override
		URI expectedEndpoint() {
			return SERVER.endpoint();
		}

		@Override
		DynamoDbClient outsideClient() {
			// The engine's in-process client: what the application wrote over HTTP.
			return ENGINE.client();
		}

		private static DynamoHttpServer serve(DynamoEngine engine) {
			try {
				return DynamoHttpServer.start(engine, 0);
			}
			catch (IOException ex) {
				throw new IllegalStateException("could not bind a loopback port", ex);
			}
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
	@ActiveProfiles("aws")
	@Import(LocalStack.Container.class)
	@EnabledIf(value = "dockerAvailable", disabledReason = "LocalStack skipped: no Docker engine is reachable")
	class LocalStack extends AwsProfileChecks {

		@Autowired
		private LocalStackContainer localStack;

		// Evaluated before the context, and so the container, is created.
		static boolean dockerAvailable() {
			try {
				return DockerClientFactory.instance().isDockerAvailable();
			}
			catch (RuntimeException ex) {
				return false;
			}
		}

		@Override
		URI expectedEndpoint() {
			return this.localStack.getEndpoint();
		}

		@Override
		DynamoDbClient outsideClient() {
			return DynamoDbClient.builder()
				.endpointOverride(this.localStack.getEndpoint())
				.region(Region.of(this.localStack.getRegion()))
				.credentialsProvider(StaticCredentialsProvider
					.create(AwsBasicCredentials.create(this.localStack.getAccessKey(), this.localStack.getSecretKey())))
				.build();
		}

		@TestConfiguration(proxyBeanMethods = false)
		static class Container {

			@Bean
			@ServiceConnection
			LocalStackContainer localStack() {
				return new LocalStackContainer("localstack/localstack:4.4").withServices("dynamodb");
			}

		}

	}

}
