package dev.ddbkit.sample.ecommerce;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.DynamoManualClock;
import dev.ddbkit.sample.ecommerce.load.SteerableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands over HTTP, in their own application context (they change data): status
 * transitions through the lifecycle under optimistic locking, cancel, placing an order in
 * one transaction with a stock decrement and an idempotency key, and carts that expire.
 * Customers, products and sellers come from the shipped CSV files.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "sample.cart.time-to-live=2h" })
class OrderCommandsEndToEndTests {

	private static final List<Map<String, String>> ORDERS = OlistCsvFiles.read("olist_orders_dataset.csv");

	private static final List<Map<String, String>> CUSTOMERS = OlistCsvFiles.read("olist_customers_dataset.csv");

	private static final List<Map<String, String>> ITEMS = OlistCsvFiles.read("olist_order_items_dataset.csv");

	@LocalServerPort
	private int port;

	@Autowired
	private DynamoManualClock clock;

	@Autowired
	private DynamoDbClient client;

	@Autowired
	private SteerableClock engineClock;

	@Autowired
	private DynamoEngine engine;

	private ApiClient api;

	@BeforeEach
	void connect() {
		this.api = new ApiClient(this.port);
	}

	@Test
	void statusMovesForwardThroughTheLifecycleAndRefusesToGoBackWith422() {
		String orderId = firstOrderWithStatus("approved");
		long version = version(orderId);

		ApiResponse invoiced = status(orderId, "invoiced", version);
		ApiResponse back = status(orderId, "approved", invoiced.body().get("version").asLong());
		ApiResponse skipToDelivered = status(orderId, "delivered", invoiced.body().get("version").asLong());

		assertThat(invoiced.status()).isEqualTo(200);
		assertThat(back.status()).isEqualTo(422);
		assertThat(back.contentType()).startsWith("application/problem+json");
		assertThat(back.body().get("detail").asString()).contains("'invoiced'", "'approved'");
		assertThat(skipToDelivered.status()).isEqualTo(422);
		assertThat(this.api.get("/orders/" + orderId).body().get("status").asString()).isEqualTo("invoiced");
	}

	@Test
	void cancelEndsAnOpenOrderChecksTheVersionAndCannotUndoADelivery() {
		String open = firstOrderWithStatus("processing");
		long version = version(open);

		ApiResponse stale = this.api.post("/orders/" + open + "/cancel?version=" + (version + 7), "");
		ApiResponse canceled = this.api.post("/orders/" + open + "/cancel?version=" + version, "");
		ApiResponse again = this.api.post("/orders/" + open + "/cancel?version=" + (version + 1), "");
		String delivered = firstOrderWithStatus("delivered");
		ApiResponse refused = this.api.post("/orders/" + delivered + "/cancel?version=" + version(delivered), "");

		assertThat(stale.status()).isEqualTo(409);
		assertThat(canceled.status()).isEqualTo(200);
		assertThat(canceled.body().get("status").asString()).isEqualTo("canceled");
		assertThat(again.status()).isEqualTo(422);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(this.api.get("/orders/" + delivered).body().get("status").asString()).isEqualTo("delivered");
	}

	@Test
	void placingAnOrderWritesItsItemsDecrementsStockAndARetryCreatesNothingTwice() {
		String customer = CUSTOMERS.get(0).get("customer_unique_id");
		Map<String, String> line = ITEMS.stream()
			.min(Comparator.comparing((row) -> row.get("product_id")))
			.orElseThrow();
		String product = line.get("product_id");
		int stockBefore = this.api.get("/products/" + product).body().get("stock").asInt();
		int ordersBefore = this.api.walk("/customers/" + customer + "/orders", 100).size();
		String key = UUID.randomUUID().toString();
		String body = "{\"customerId\":\"" + customer + "\",\"items\":[{\"productId\":\"" + product
				+ "\",\"sellerId\":\"" + line.get("seller_id") + "\",\"price\":" + line.get("price")
				+ ",\"freightValue\":" + line.get("freight_value") + ",\"quantity\":2}]}";

		ApiResponse first = this.api.post("/orders", body, "Idempotency-Key", key);
		ApiResponse retry = this.api.post("/orders", body, "Idempotency-Key", key);

		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(200);
		String orderId = first.body().get("orderId").asString();
		assertThat(retry.body().get("orderId").asString()).isEqualTo(orderId);
		assertThat(first.body().get("status").asString()).isEqualTo("created");
		assertThat(first.body().get("items")).hasSize(2);
		assertThat(first.body().get("itemsTotal").decimalValue()).isEqualByComparingTo(
				new java.math.BigDecimal(line.get("price")).multiply(java.math.BigDecimal.valueOf(2)));
		assertThat(this.api.get("/products/" + product).body().get("stock").asInt()).isEqualTo(stockBefore - 2);
		assertThat(this.api.walk("/customers/" + customer + "/orders", 100)).hasSize(ordersBefore + 1)
			.first()
			.satisfies((order) -> assertThat(order.get("orderId").asString()).isEqualTo(orderId));
	}

	@Test
	void anOrderAskingForMoreThanTheStockIsRefusedWith409AndWritesNothing() {
		String customer = CUSTOMERS.get(1).get("customer_unique_id");
		Map<String, String> line = ITEMS.stream()
			.max(Comparator.comparing((row) -> row.get("product_id")))
			.orElseThrow();
		String product = line.get("product_id");
		int stock = this.api.get("/products/" + product).body().get("stock").asInt();
		int ordersBefore = this.api.walk("/customers/" + customer + "/orders", 100).size();
		String other = ITEMS.get(0).get("product_id");
		int otherStock = this.api.get("/products/" + other).body().get("stock").asInt();
		String body = "{\"customerId\":\"" + customer + "\",\"items\":[{\"productId\":\"" + other + "\",\"sellerId\":\""
				+ ITEMS.get(0).get("seller_id") + "\",\"price\":1.00,\"quantity\":1}," + "{\"productId\":\"" + product
				+ "\",\"sellerId\":\"" + line.get("seller_id") + "\",\"price\":1.00,\"quantity\":" + (stock + 1)
				+ "}]}";
		assertThat(stock + 2).isLessThanOrEqualTo(40);

		ApiResponse refused = this.api.post("/orders", body, "Idempotency-Key", UUID.randomUUID().toString());

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body().get("title").asString()).isEqualTo("Out of stock");
		assertThat(this.api.get("/products/" + product).body().get("stock").asInt()).isEqualTo(stock);
		assertThat(this.api.get("/products/" + other).body().get("stock").asInt()).isEqualTo(otherStock);
		assertThat(this.api.walk("/customers/" + customer + "/orders", 100)).hasSize(ordersBefore);
		assertThat(this.api
			.post("/orders", body.replace(product, "no-such-product"), "Idempotency-Key", UUID.randomUUID().toString())
			.status()).isEqualTo(404);
		assertThat(this.api.post("/orders", body, "Idempotency-Key", "").status()).isEqualTo(400);
	}

	@Test
	void aCartCollectsLinesChecksOutIntoAnOrderAndIsGone() {
		String customer = CUSTOMERS.get(2).get("customer_unique_id");
		Map<String, String> line = ITEMS.get(ITEMS.size() / 2);
		ApiResponse created = this.api.post("/carts", "{\"customerId\":\"" + customer + "\"}");
		String cart = created.body().get("cartId").asString();

		ApiResponse filled = this.api.put("/carts/" + cart + "/lines/" + line.get("product_id"),
				"{\"sellerId\":\"" + line.get("seller_id") + "\",\"price\":" + line.get("price") + ",\"quantity\":3}");
		ApiResponse checkedOut = this.api.post("/carts/" + cart + "/checkout", "", "Idempotency-Key",
				UUID.randomUUID().toString());

		assertThat(created.status()).isEqualTo(201);
		assertThat(Instant.parse(created.body().get("expiresAt").asString()))
			.isEqualTo(this.clock.instant().plus(Duration.ofHours(2)));
		assertThat(filled.body().get("lines")).hasSize(1);
		assertThat(filled.body().get("total").decimalValue()).isEqualByComparingTo(
				new java.math.BigDecimal(line.get("price")).multiply(java.math.BigDecimal.valueOf(3)));
		assertThat(checkedOut.status()).isEqualTo(201);
		assertThat(checkedOut.body().get("items")).hasSize(3);
		assertThat(checkedOut.body().get("customerId").asString()).isEqualTo(customer);
		assertThat(this.api.get("/carts/" + cart).status()).isEqualTo(404);
	}

	@Test
	void aCartPastItsTimeToLiveReadsAsGoneBeforeDynamoDbDeletesIt() {
		String customer = CUSTOMERS.get(3).get("customer_unique_id");
		JsonNode created = this.api.post("/carts", "{\"customerId\":\"" + customer + "\"}").body();
		String cart = created.get("cartId").asString();
		Instant expiresAt = Instant.parse(created.get("expiresAt").asString());
		assertThat(this.api.get("/carts/" + cart).status()).isEqualTo(200);
		Map<String, AttributeValue> key = Map.of("PK", AttributeValue.fromS("CART#" + cart), "SK",
				AttributeValue.fromS("CART"));

		// Only forward: the application's clock past the expiry, the engine's not yet.
		this.clock.advance(Duration.ofHours(2).plusSeconds(1));

		assertThat(this.api.get("/carts/" + cart).status()).isEqualTo(404);
		assertThat(this.client.describeTimeToLive((request) -> request.tableName("ecommerce"))
			.timeToLiveDescription()
			.attributeName()).isEqualTo("expiresAt");
		assertThat(getItem(key)).as("the expired cart before DynamoDB's TTL deletion")
			.containsEntry("expiresAt", AttributeValue.fromN(Long.toString(expiresAt.getEpochSecond())));

		this.engineClock.hold();
		try {
			Duration toExpiry = Duration.between(this.engineClock.instant(), expiresAt.plusSeconds(1));
			this.engineClock.advance(toExpiry.isNegative() ? Duration.ZERO : toExpiry);
			assertThat(this.engine.sweepExpiredItems()).isPositive();
		}
		finally {
			this.engineClock.release();
		}
		assertThat(getItem(key)).as("the cart after the TTL sweep").isEmpty();
		assertThat(this.api.get("/carts/" + cart).status()).isEqualTo(404);
	}

	private Map<String, AttributeValue> getItem(Map<String, AttributeValue> key) {
		return this.client.getItem((request) -> request.tableName("ecommerce").key(key).consistentRead(true)).item();
	}

	private String firstOrderWithStatus(String status) {
		return ORDERS.stream()
			.filter((row) -> row.get("order_status").equals(status))
			.map((row) -> row.get("order_id"))
			.min(Comparator.naturalOrder())
			.orElseThrow();
	}

	private long version(String orderId) {
		JsonNode order = this.api.get("/orders/" + orderId).body();
		return order.get("version").asLong();
	}

	private ApiResponse status(String orderId, String status, long version) {
		return this.api.patch("/orders/" + orderId + "/status",
				"{\"status\":\"" + status + "\",\"version\":" + version + "}");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ClockConfiguration {

		@Bean
		DynamoManualClock testClock() {
			return new DynamoManualClock(
					Clock.systemUTC().instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
		}

		// The application reads time from a Clock; this one follows the test's manual
		// clock.
		@Bean
		@Primary
		Clock applicationClock(DynamoManualClock testClock) {
			return testClock.withZone(ZoneOffset.UTC);
		}

	}

}
