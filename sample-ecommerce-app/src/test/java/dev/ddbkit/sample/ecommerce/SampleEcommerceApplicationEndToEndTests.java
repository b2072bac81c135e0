package dev.ddbkit.sample.ecommerce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.ddbkit.sample.ecommerce.order.Order;
import dev.ddbkit.sample.ecommerce.order.OrderRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boots the whole application on the embedded engine with the shipped Olist sample and
 * checks every endpoint over real HTTP against values that this test computes itself from
 * the same CSV files.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class SampleEcommerceApplicationEndToEndTests {

	private static final List<Map<String, String>> ORDERS = OlistCsvFiles.read("olist_orders_dataset.csv");

	private static final List<Map<String, String>> CUSTOMERS = OlistCsvFiles.read("olist_customers_dataset.csv");

	private static final List<Map<String, String>> ITEMS = OlistCsvFiles.read("olist_order_items_dataset.csv");

	private static final List<Map<String, String>> PAYMENTS = OlistCsvFiles.read("olist_order_payments_dataset.csv");

	private static final List<Map<String, String>> REVIEWS = OlistCsvFiles.read("olist_order_reviews_dataset.csv");

	private static final List<Map<String, String>> PRODUCTS = OlistCsvFiles.read("olist_products_dataset.csv");

	private static final List<Map<String, String>> TRANSLATIONS = OlistCsvFiles
		.read("product_category_name_translation.csv");

	private static final Map<String, List<Map<String, String>>> ORDERS_BY_PERSON = groupOrdersByPerson();

	private static final Comparator<Map<String, String>> NEWEST_FIRST = Comparator
		.comparing((Map<String, String> order) -> order.get("order_purchase_timestamp"))
		.thenComparing((order) -> order.get("order_id"))
		.reversed();

	@Autowired
	private OrderRepository orderRepository;

	private final ApiClient api;

	SampleEcommerceApplicationEndToEndTests(@LocalServerPort int port) {
		this.api = new ApiClient(port);
	}

	@Test
	void customerProfileIsThePersonWithTheAddressOfTheirNewestOrder() {
		String person = personWithMostOrders();
		Map<String, String> newest = ordersOf(person).get(0);
		Map<String, String> row = only(CUSTOMERS,
				(customer) -> customer.get("customer_id").equals(newest.get("customer_id")));

		ApiResponse response = get("/customers/" + person);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().get("customerId").asString()).isEqualTo(person);
		assertThat(response.body().get("city").asString()).isEqualTo(row.get("customer_city"));
		assertThat(response.body().get("state").asString()).isEqualTo(row.get("customer_state"));
		assertThat(response.body().get("zipCodePrefix").asString()).isEqualTo(row.get("customer_zip_code_prefix"));
	}

	@Test
	void customerOrdersComeNewestFirstAndEveryPageWalkLosesAndRepeatsNothing() {
		List<String> repeatBuyers = ordersByPerson().entrySet()
			.stream()
			.filter((entry) -> entry.getValue().size() > 1)
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
		assertThat(repeatBuyers).isNotEmpty();
		for (String person : repeatBuyers) {
			List<String> expected = ordersOf(person).stream().map((order) -> order.get("order_id")).toList();

			List<JsonNode> walked = walk("/customers/" + person + "/orders", 1);
			JsonNode onePage = get("/customers/" + person + "/orders?limit=" + expected.size()).body();

			assertThat(walked).extracting((order) -> order.get("orderId").asString())
				.containsExactlyElementsOf(expected);
			assertThat(onePage.get("items")).hasSize(expected.size());
			assertThat(onePage.get("items").get(0).get("orderId").asString()).isEqualTo(expected.get(0));
		}
	}

	@Test
	void orderComesWithItsItemsAndTotals() {
		Map<String, List<Map<String, String>>> itemsByOrder = ITEMS.stream()
			.collect(Collectors.groupingBy((item) -> item.get("order_id")));
		String orderId = itemsByOrder.entrySet()
			.stream()
			.max(Comparator.comparing((Map.Entry<String, List<Map<String, String>>> entry) -> entry.getValue().size())
				.thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
			.orElseThrow()
			.getKey();
		List<Map<String, String>> items = itemsByOrder.get(orderId);
		Map<String, String> order = only(ORDERS, (row) -> row.get("order_id").equals(orderId));

		JsonNode body = get("/orders/" + orderId).body();

		assertThat(body.get("orderId").asString()).isEqualTo(orderId);
		assertThat(body.get("status").asString()).isEqualTo(order.get("order_status"));
		assertThat(body.get("purchasedAt").asString()).isEqualTo(isoTimestamp(order.get("order_purchase_timestamp")));
		assertThat(body.get("items")).hasSize(items.size());
		assertThat(body.get("items")).extracting((item) -> item.get("itemNumber").asInt())
			.containsExactlyElementsOf(
					items.stream().map((item) -> Integer.parseInt(item.get("order_item_id"))).sorted().toList());
		for (JsonNode line : body.get("items")) {
			Map<String, String> item = only(items,
					(row) -> Integer.parseInt(row.get("order_item_id")) == line.get("itemNumber").asInt());
			assertThat(line.get("productId").asString()).isEqualTo(item.get("product_id"));
			assertThat(line.get("price").decimalValue()).isEqualByComparingTo(item.get("price"));
			assertThat(line.get("freightValue").decimalValue()).isEqualByComparingTo(item.get("freight_value"));
		}
		assertThat(body.get("itemsTotal").decimalValue()).isEqualByComparingTo(sum(items, "price"));
		assertThat(body.get("freightTotal").decimalValue()).isEqualByComparingTo(sum(items, "freight_value"));
	}

	@Test
	void orderWithoutItemsHasAnEmptyItemList() {
		Set<String> withItems = ITEMS.stream().map((item) -> item.get("order_id")).collect(Collectors.toSet());
		String orderId = ORDERS.stream()
			.map((order) -> order.get("order_id"))
			.filter((id) -> !withItems.contains(id))
			.sorted()
			.findFirst()
			.orElseThrow();

		JsonNode body = get("/orders/" + orderId).body();

		assertThat(body.get("orderId").asString()).isEqualTo(orderId);
		assertThat(body.get("items")).isEmpty();
		assertThat(body.get("itemsTotal").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
	}

	@Test
	void reviewMessagesKeepTheirLineBreaks() {
		Map<String, String> review = REVIEWS.stream()
			.filter((row) -> row.get("review_comment_message").contains("\r\n"))
			.min(Comparator.comparing((row) -> row.get("order_id") + row.get("review_id")))
			.orElseThrow();

		JsonNode reviews = get("/orders/" + review.get("order_id")).body().get("reviews");

		assertThat(reviews).filteredOn((node) -> node.get("reviewId").asString().equals(review.get("review_id")))
			.singleElement()
			.satisfies((node) -> assertThat(node.get("message").asString())
				.isEqualTo(review.get("review_comment_message")));
	}

	@Test
	void ordersByStatusInADateRangeIncludeBothBoundaryDays() {
		List<Map<String, String>> shipped = ORDERS.stream()
			.filter((order) -> order.get("order_status").equals("shipped"))
			.sorted(NEWEST_FIRST.reversed())
			.toList();
		// Both boundary days hold shipped orders, so an exclusive bound would lose some.
		LocalDate from = purchaseDay(shipped.get(shipped.size() / 4));
		LocalDate to = purchaseDay(shipped.get(shipped.size() / 2));
		List<String> expected = shipped.stream()
			.filter((order) -> !purchaseDay(order).isBefore(from) && !purchaseDay(order).isAfter(to))
			.map((order) -> order.get("order_id"))
			.toList();
		assertThat(expected).hasSizeGreaterThan(2);

		List<JsonNode> orders = walk("/orders?status=shipped&from=" + from + "&to=" + to, 1000);

		assertThat(orders).extracting((order) -> order.get("orderId").asString()).containsExactlyElementsOf(expected);
		assertThat(orders).allSatisfy((order) -> assertThat(order.get("status").asString()).isEqualTo("shipped"));
	}

	@Test
	void ordersByStatusPagesWalkTheWholeStatusWithNoLossOrDuplicate() {
		List<String> expected = ORDERS.stream()
			.filter((order) -> order.get("order_status").equals("delivered"))
			.sorted(NEWEST_FIRST.reversed())
			.map((order) -> order.get("order_id"))
			.toList();

		List<JsonNode> orders = walk("/orders?status=delivered&from=2016-01-01&to=2019-12-31", 50);

		assertThat(orders).extracting((order) -> order.get("orderId").asString()).containsExactlyElementsOf(expected);
	}

	@Test
	void productByIdMatchesTheCsv() {
		Map<String, String> product = PRODUCTS.stream()
			.filter((row) -> !row.get("product_category_name").isEmpty())
			.min(Comparator.comparing((row) -> row.get("product_id")))
			.orElseThrow();

		JsonNode body = get("/products/" + product.get("product_id")).body();

		assertThat(body.get("productId").asString()).isEqualTo(product.get("product_id"));
		assertThat(body.get("category").asString()).isEqualTo(product.get("product_category_name"));
		assertThat(body.get("weightGrams").asInt()).isEqualTo(Integer.parseInt(product.get("product_weight_g")));
		assertThat(body.get("photoCount").asInt()).isEqualTo(Integer.parseInt(product.get("product_photos_qty")));
	}

	@Test
	void productWithoutCategoryHasNone() {
		Map<String, String> product = PRODUCTS.stream()
			.filter((row) -> row.get("product_category_name").isEmpty())
			.min(Comparator.comparing((row) -> row.get("product_id")))
			.orElseThrow();

		JsonNode body = get("/products/" + product.get("product_id")).body();

		assertThat(body.get("productId").asString()).isEqualTo(product.get("product_id"));
		assertThat(body.path("category").isNull() || body.path("category").isMissingNode()).isTrue();
	}

	@Test
	void everyCategoryListsExactlyItsProductsWithItsEnglishName() {
		Map<String, Set<String>> productsByCategory = PRODUCTS.stream()
			.filter((row) -> !row.get("product_category_name").isEmpty())
			.collect(Collectors.groupingBy((row) -> row.get("product_category_name"),
					Collectors.mapping((row) -> row.get("product_id"), Collectors.toSet())));
		Map<String, String> english = TRANSLATIONS.stream()
			.collect(Collectors.toMap((row) -> row.get("product_category_name"),
					(row) -> row.get("product_category_name_english")));
		assertThat(productsByCategory.keySet()).anyMatch((name) -> !english.containsKey(name));

		productsByCategory.forEach((category, expected) -> {
			JsonNode body = get("/categories/" + category + "/products").body();

			assertThat(body.get("name").asString()).isEqualTo(category);
			assertThat(body.get("englishName").isNull() ? null : body.get("englishName").asString())
				.isEqualTo(english.get(category));
			assertThat(body.get("products")).extracting((product) -> product.get("productId").asString())
				.as(category)
				.hasSize(expected.size())
				.containsExactlyInAnyOrderElementsOf(expected);
		});
	}

	@Test
	void everyProductAndEveryOrderIsServedWithTheCsvValues() {
		for (Map<String, String> product : PRODUCTS) {
			JsonNode body = get("/products/" + product.get("product_id")).body();
			String category = product.get("product_category_name");
			assertThat(body.get("category").isNull() ? "" : body.get("category").asString()).isEqualTo(category);
			assertThat(body.get("weightGrams").asInt()).isEqualTo(Integer.parseInt(product.get("product_weight_g")));
		}
		Map<String, List<Map<String, String>>> itemsByOrder = ITEMS.stream()
			.collect(Collectors.groupingBy((item) -> item.get("order_id")));
		Map<String, List<Map<String, String>>> paymentsByOrder = PAYMENTS.stream()
			.collect(Collectors.groupingBy((payment) -> payment.get("order_id")));
		Map<String, List<Map<String, String>>> reviewsByOrder = REVIEWS.stream()
			.collect(Collectors.groupingBy((review) -> review.get("order_id")));
		for (Map<String, String> order : ORDERS) {
			String orderId = order.get("order_id");
			List<Map<String, String>> items = itemsByOrder.getOrDefault(orderId, List.of());
			List<Map<String, String>> payments = paymentsByOrder.get(orderId);
			JsonNode body = get("/orders/" + orderId).body();
			assertThat(body.get("status").asString()).isEqualTo(order.get("order_status"));
			assertThat(body.get("items")).as(orderId).hasSize(items.size());
			assertThat(body.get("itemsTotal").decimalValue()).isEqualByComparingTo(sum(items, "price"));
			assertThat(body.get("payments")).as(orderId)
				.extracting((payment) -> payment.get("sequence").asInt())
				.containsExactlyElementsOf(payments.stream()
					.map((payment) -> Integer.parseInt(payment.get("payment_sequential")))
					.sorted()
					.toList());
			assertThat(body.get("paymentsTotal").decimalValue()).isEqualByComparingTo(sum(payments, "payment_value"));
			assertThat(body.get("reviews")).as(orderId)
				.extracting((review) -> review.get("reviewId").asString() + "/" + review.get("score").asInt())
				.containsExactlyInAnyOrderElementsOf(reviewsByOrder.get(orderId)
					.stream()
					.map((review) -> review.get("review_id") + "/" + review.get("review_score"))
					.toList());
		}
	}

	@Test
	void everyCustomerHasExactlyTheirOrders() {
		ordersByPerson().forEach((person, orders) -> {
			JsonNode page = get("/customers/" + person + "/orders?limit=100").body();
			assertThat(page.get("items")).extracting((order) -> order.get("orderId").asString())
				.as(person)
				.containsExactlyElementsOf(ordersOf(person).stream().map((order) -> order.get("order_id")).toList());
			assertThat(page.get("nextCursor").isNull()).isTrue();
		});
	}

	@Test
	void statusChangeChecksTheVersionAndAnswers409OnAStaleOne() {
		Map<String, String> order = ORDERS.stream()
			.filter((row) -> row.get("order_status").equals("invoiced"))
			.min(Comparator.comparing((row) -> row.get("order_id")))
			.orElseThrow();
		String orderId = order.get("order_id");
		String day = purchaseDay(order).toString();
		long version = get("/orders/" + orderId).body().get("version").asLong();

		ApiResponse changed = patch("/orders/" + orderId + "/status",
				"{\"status\":\"processing\",\"version\":" + version + "}");
		ApiResponse stale = patch("/orders/" + orderId + "/status",
				"{\"status\":\"canceled\",\"version\":" + version + "}");

		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.body().get("status").asString()).isEqualTo("processing");
		assertThat(changed.body().get("version").asLong()).isGreaterThan(version);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.contentType()).startsWith("application/problem+json");
		assertThat(stale.body().get("status").asInt()).isEqualTo(409);
		assertThat(stale.body().get("detail").asString()).contains(orderId);
		assertThat(get("/orders/" + orderId).body().get("status").asString()).isEqualTo("processing");
		assertThat(walk("/orders?status=processing&from=" + day + "&to=" + day, 100))
			.extracting((row) -> row.get("orderId").asString())
			.contains(orderId);
		assertThat(walk("/orders?status=invoiced&from=" + day + "&to=" + day, 100))
			.extracting((row) -> row.get("orderId").asString())
			.doesNotContain(orderId);
		// The lifecycle forbids going back, and the other tests read every order as the
		// CSV has it: restore it underneath the API.
		assertThat(patch("/orders/" + orderId + "/status",
				"{\"status\":\"invoiced\",\"version\":" + changed.body().get("version").asLong() + "}")
			.status()).isEqualTo(422);
		Order restored = this.orderRepository.findById(orderId).orElseThrow();
		restored.setStatus("invoiced");
		this.orderRepository.save(restored);
	}

	@Test
	void cursorOfAnotherListingIsABadRequest() {
		List<String> repeatBuyers = ordersByPerson().entrySet()
			.stream()
			.filter((entry) -> entry.getValue().size() > 1)
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
		String cursor = get("/customers/" + repeatBuyers.get(0) + "/orders?limit=1").body()
			.get("nextCursor")
			.asString();

		List<ApiResponse> responses = List.of(
				get("/customers/" + repeatBuyers.get(1) + "/orders?limit=1&cursor=" + cursor),
				get("/orders?status=shipped&limit=1&cursor=" + cursor),
				get("/orders?status=shipped&cursor=bm90IGpzb24"));

		assertThat(responses).allSatisfy((response) -> {
			assertThat(response.status()).isEqualTo(400);
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(response.body().get("detail").asString()).contains("Invalid cursor");
		});
	}

	@Test
	void invalidParametersAndBodiesAnswer400WithAProblemDetail() {
		String orderId = ORDERS.get(0).get("order_id");
		List<ApiResponse> responses = List.of(get("/orders?status=lost"),
				get("/orders?status=shipped&from=2018-02-01&to=2018-01-01"), get("/orders?status=shipped&limit=0"),
				get("/orders?from=2018-01-01"), get("/customers/" + personWithMostOrders() + "/orders?limit=101"),
				patch("/orders/" + orderId + "/status", "{\"status\":\"lost\",\"version\":1}"),
				patch("/orders/" + orderId + "/status", "{\"status\":\"shipped\"}"),
				patch("/orders/" + orderId + "/status", "not json"));

		assertThat(responses).allSatisfy((response) -> {
			assertThat(response.status()).isEqualTo(400);
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(response.body().get("status").asInt()).isEqualTo(400);
		});
		assertThat(get("/orders/" + orderId).body().get("status").asString())
			.isEqualTo(ORDERS.get(0).get("order_status"));
	}

	@Test
	void unknownIdsAnswer404WithAProblemDetail() {
		List<ApiResponse> responses = List.of(get("/customers/nobody"), get("/customers/nobody/orders"),
				get("/orders/nothing"), get("/products/nothing"), get("/categories/nothing/products"),
				patch("/orders/nothing/status", "{\"status\":\"shipped\",\"version\":1}"));

		assertThat(responses).allSatisfy((response) -> {
			assertThat(response.status()).isEqualTo(404);
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(response.body().get("status").asInt()).isEqualTo(404);
		});
	}

	private ApiResponse get(String path) {
		return this.api.get(path);
	}

	private ApiResponse patch(String path, String body) {
		return this.api.patch(path, body);
	}

	private List<JsonNode> walk(String path, int limit) {
		return this.api.walk(path, limit);
	}

	private static Map<String, List<Map<String, String>>> ordersByPerson() {
		return ORDERS_BY_PERSON;
	}

	private static Map<String, List<Map<String, String>>> groupOrdersByPerson() {
		Map<String, String> personByCustomerId = CUSTOMERS.stream()
			.collect(Collectors.toMap((row) -> row.get("customer_id"), (row) -> row.get("customer_unique_id")));
		return ORDERS.stream()
			.collect(Collectors.groupingBy((order) -> personByCustomerId.get(order.get("customer_id"))));
	}

	private List<Map<String, String>> ordersOf(String person) {
		return ordersByPerson().get(person).stream().sorted(NEWEST_FIRST).toList();
	}

	private String personWithMostOrders() {
		return ordersByPerson().entrySet()
			.stream()
			.max(Comparator.comparing((Map.Entry<String, List<Map<String, String>>> entry) -> entry.getValue().size())
				.thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
			.orElseThrow()
			.getKey();
	}

	private static Map<String, String> only(List<Map<String, String>> rows, Predicate<Map<String, String>> filter) {
		List<Map<String, String>> matches = rows.stream().filter(filter).toList();
		assertThat(matches).hasSize(1);
		return matches.get(0);
	}

	private static BigDecimal sum(List<Map<String, String>> rows, String column) {
		return rows.stream().map((row) -> new BigDecimal(row.get(column))).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static LocalDate purchaseDay(Map<String, String> order) {
		return LocalDate.parse(order.get("order_purchase_timestamp").substring(0, 10));
	}

	private static String isoTimestamp(String csvTimestamp) {
		return csvTimestamp.replace(' ', 'T');
	}

}
