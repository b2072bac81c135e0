package dev.ddbkit.sample.ecommerce;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boots the application on the embedded engine with the shipped Olist sample and reads
 * ddbkit's actuator endpoints over real HTTP: {@code /actuator/ddb} (tables, the
 * access-pattern report, the engine's partition heat) and {@code /actuator/health}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "server.address=127.0.0.1",
		"management.endpoints.web.exposure.include=health,ddb", "management.endpoint.health.show-details=always" })
class DynamoActuatorEndpointEndToEndTests {

	private static final List<Map<String, String>> ORDERS = OlistCsvFiles.read("olist_orders_dataset.csv");

	/** The members of each table and GSI report, as the starter's contract fixes them. */
	private static final Set<String> RESOURCE_FIELDS = Set.of("name", "mode", "readUnitsPerSecond",
			"writeUnitsPerSecond", "readThrottleEvents", "writeThrottleEvents", "consumedReadCapacityUnits",
			"consumedWriteCapacityUnits", "partitions", "hottestKeys", "throttlesByReason");

	private static final Set<String> PARTITION_FIELDS = Set.of("index", "hashStart", "hashEnd", "storedBytes",
			"consumedReadCapacityUnits", "consumedWriteCapacityUnits", "readThrottleEvents", "writeThrottleEvents");

	@Autowired
	private DynamoDbClient client;

	private final ApiClient api;

	DynamoActuatorEndpointEndToEndTests(@LocalServerPort int port) {
		this.api = new ApiClient(port);
	}

	@Test
	void ddbEndpointReportsTheEcommerceTableWithItsStatusAndItemCount() {
		ApiResponse response = this.api.get("/actuator/ddb");

		assertThat(response.status()).isEqualTo(200);
		JsonNode table = response.body().get("tables").get("ecommerce");
		assertThat(table.get("status").asString()).isEqualTo("ACTIVE");
		int items = this.client.scanPaginator((scan) -> scan.tableName("ecommerce").select(Select.COUNT))
			.stream()
			.mapToInt(ScanResponse::count)
			.sum();
		assertThat(items).isGreaterThan(ORDERS.size());
		assertThat(table.get("itemCount").asLong()).isEqualTo(items);
		assertThat(table.get("sizeBytes").asLong()).isPositive();
	}

	@Test
	void ddbEndpointReportsTheAccessPatternsOfTheEntitiesAndRepositoryMethods() {
		JsonNode body = this.api.get("/actuator/ddb").body();

		assertThat(body.get("accessPatterns").asString()).contains("Order (table ecommerce)");
		List<String> repositories = new ArrayList<>();
		body.get("methods").forEach((method) -> {
			assertThat(method.get("signature").asString()).isNotBlank();
			assertThat(method.get("plan").asString()).isNotBlank();
			repositories.add(method.get("repository").asString());
		});
		assertThat(repositories).contains("dev.ddbkit.sample.ecommerce.order.OrderRepository");
	}

	@Test
	void ddbEndpointReportsTheEnginesPartitionHeatOfTheTableAndEachIndex() {
		JsonNode heat = this.api.get("/actuator/ddb").body().get("partitionHeat").get("ecommerce");

		JsonNode table = heat.get("table");
		assertResourceShape(table);
		assertThat(table.get("name").asString()).isEqualTo("ecommerce");
		assertThat(table.get("consumedWriteCapacityUnits").asDouble()).as("the import's writes").isPositive();
		assertThat(table.get("hottestKeys").size()).isPositive();
		JsonNode hottest = table.get("hottestKeys").get(0);
		assertThat(names(hottest)).containsExactlyInAnyOrder("partitionKey", "capacityUnits");
		assertThat(hottest.get("partitionKey").asString()).isNotBlank();
		assertThat(hottest.get("capacityUnits").asDouble()).isPositive();
		double partitionWrites = 0;
		for (JsonNode partition : table.get("partitions")) {
			assertThat(names(partition)).containsExactlyInAnyOrderElementsOf(PARTITION_FIELDS);
			assertThat(partition.get("hashStart").bigIntegerValue())
				.isLessThanOrEqualTo(partition.get("hashEnd").bigIntegerValue())
				.isGreaterThanOrEqualTo(BigInteger.ZERO);
			partitionWrites += partition.get("consumedWriteCapacityUnits").asDouble();
		}
		// A partition made by a split counts from the split on, so the table's total is
		// an
		// upper bound of its partitions' totals.
		assertThat(partitionWrites).isPositive()
			.isLessThanOrEqualTo(table.get("consumedWriteCapacityUnits").asDouble() + 0.001);

		List<String> indexes = this.client.describeTable((describe) -> describe.tableName("ecommerce"))
			.table()
			.globalSecondaryIndexes()
			.stream()
			.map(GlobalSecondaryIndexDescription::indexName)
			.toList();
		assertThat(names(heat.get("globalSecondaryIndexes"))).containsExactlyInAnyOrderElementsOf(indexes);
		heat.get("globalSecondaryIndexes").forEach(DynamoActuatorEndpointEndToEndTests::assertResourceShape);
	}

	@Test
	void healthIsUpWithTheDdbContributorReportingTheTableActive() {
		ApiResponse response = this.api.get("/actuator/health");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().get("status").asString()).isEqualTo("UP");
		JsonNode ddb = response.body().get("components").get("ddb");
		assertThat(ddb.get("status").asString()).isEqualTo("UP");
		assertThat(ddb.get("details").get("tables").get("ecommerce").asString()).isEqualTo("ACTIVE");
	}

	private static void assertResourceShape(JsonNode resource) {
		assertThat(names(resource)).containsExactlyInAnyOrderElementsOf(RESOURCE_FIELDS);
		assertThat(resource.get("mode").asString()).isIn("ON_DEMAND", "PROVISIONED");
		assertThat(resource.get("writeUnitsPerSecond").asDouble()).isPositive();
		assertThat(resource.get("partitions").size()).isPositive();
		long throttles = 0;
		for (JsonNode count : resource.get("throttlesByReason")) {
			throttles += count.asLong();
		}
		assertThat(throttles)
			.isEqualTo(resource.get("readThrottleEvents").asLong() + resource.get("writeThrottleEvents").asLong());
	}

	private static List<String> names(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

}
