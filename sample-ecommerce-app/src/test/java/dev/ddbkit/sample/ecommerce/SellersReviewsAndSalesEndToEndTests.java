package dev.ddbkit.sample.ecommerce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.ddbkit.sample.ecommerce.sales.SalesStreamListener;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sellers, a seller's order items (GSI3), a product's reviews by score and the daily
 * sales view kept from the stream, over HTTP, against values computed from the shipped
 * CSV files. Shares the read-only application context of
 * {@link SampleEcommerceApplicationEndToEndTests}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class SellersReviewsAndSalesEndToEndTests {

	private static final List<Map<String, String>> ORDERS = OlistCsvFiles.read("olist_orders_dataset.csv");

	private static final List<Map<String, String>> ITEMS = OlistCsvFiles.read("olist_order_items_dataset.csv");

	private static final List<Map<String, String>> REVIEWS = OlistCsvFiles.read("olist_order_reviews_dataset.csv");

	private static final List<Map<String, String>> SELLERS = OlistCsvFiles.read("olist_sellers_dataset.csv");

	@Autowired
	private SalesStreamListener salesListener;

	private final ApiClient api;

	SellersReviewsAndSalesEndToEndTests(@LocalServerPort int port) {
		this.api = new ApiClient(port);
	}

	@Test
	void sellerProfileMatchesTheCsv() {
		Map<String, String> seller = SELLERS.stream()
			.min(Comparator.comparing((row) -> row.get("seller_id")))
			.orElseThrow();

		JsonNode body = this.api.get("/sellers/" + seller.get("seller_id")).body();

		assertThat(body.get("city").asString()).isEqualTo(seller.get("seller_city"));
		assertThat(body.get("state").asString()).isEqualTo(seller.get("seller_state"));
		assertThat(body.get("zipCodePrefix").asString()).isEqualTo(seller.get("seller_zip_code_prefix"));
	}

	@Test
	void everySellersItemsAreExactlyTheirCsvRowsNewestShippingLimitFirst() {
		Map<String, List<Map<String, String>>> itemsBySeller = ITEMS.stream()
			.collect(Collectors.groupingBy((row) -> row.get("seller_id")));
		String busiest = itemsBySeller.entrySet()
			.stream()
			.max(Comparator.comparing((Map.Entry<String, List<Map<String, String>>> entry) -> entry.getValue().size())
				.thenComparing(Map.Entry::getKey))
			.orElseThrow()
			.getKey();
		assertThat(itemsBySeller.get(busiest)).hasSizeGreaterThan(3);

		itemsBySeller.forEach((seller, rows) -> {
			List<JsonNode> served = this.api.walk("/sellers/" + seller + "/items", seller.equals(busiest) ? 3 : 50);

			assertThat(served).extracting((item) -> item.get("orderId").asString() + "/" + item.get("itemNumber"))
				.as(seller)
				.containsExactlyInAnyOrderElementsOf(
						rows.stream().map((row) -> row.get("order_id") + "/" + row.get("order_item_id")).toList());
			assertThat(served).extracting((item) -> item.get("shippingLimitAt").asString())
				.isSortedAccordingTo(Comparator.reverseOrder());
		});
	}

	@Test
	void productReviewsByScoreAreTheReviewsOfTheOrdersThatHoldTheProduct() {
		Map<String, Set<String>> ordersByProduct = ITEMS.stream()
			.collect(Collectors.groupingBy((row) -> row.get("product_id"),
					Collectors.mapping((row) -> row.get("order_id"), Collectors.toSet())));
		String product = ordersByProduct.entrySet()
			.stream()
			.max(Comparator.comparing((Map.Entry<String, Set<String>> entry) -> entry.getValue().size())
				.thenComparing(Map.Entry::getKey))
			.orElseThrow()
			.getKey();
		Set<String> orders = ordersByProduct.get(product);

		for (int score = 1; score <= 5; score++) {
			String text = String.valueOf(score);
			List<String> expected = REVIEWS.stream()
				.filter((row) -> orders.contains(row.get("order_id")) && row.get("review_score").equals(text))
				.map((row) -> row.get("order_id") + "/" + row.get("review_id"))
				.toList();

			ApiResponse response = this.api.get("/products/" + product + "/reviews?score=" + score);

			assertThat(response.status()).isEqualTo(200);
			assertThat(response.body().valueStream().toList()).as("score %d", score)
				.extracting((review) -> review.get("orderId").asString() + "/" + review.get("reviewId").asString())
				.containsExactlyInAnyOrderElementsOf(expected);
		}
		assertThat(this.api.get("/products/" + product + "/reviews?score=6").status()).isEqualTo(400);
	}

	@Test
	void dailySalesFromTheStreamEqualTheCsvTotalsPerPurchaseDay() {
		this.salesListener.catchUp();
		Map<String, LocalDate> dayOfOrder = ORDERS.stream()
			.collect(Collectors.toMap((row) -> row.get("order_id"),
					(row) -> LocalDate.parse(row.get("order_purchase_timestamp").substring(0, 10))));
		Map<LocalDate, Long> ordersByDay = ORDERS.stream()
			.collect(Collectors.groupingBy((row) -> dayOfOrder.get(row.get("order_id")), TreeMap::new,
					Collectors.counting()));
		Map<LocalDate, BigDecimal> priceByDay = ITEMS.stream()
			.collect(Collectors.groupingBy((row) -> dayOfOrder.get(row.get("order_id")), TreeMap::new,
					Collectors.reducing(BigDecimal.ZERO, (row) -> new BigDecimal(row.get("price")), BigDecimal::add)));
		LocalDate first = ordersByDay.keySet().iterator().next();
		LocalDate last = ((TreeMap<LocalDate, Long>) ordersByDay).lastKey();

		JsonNode all = this.api.get("/sales/daily?from=" + first + "&to=" + last).body();

		assertThat(all.get("orders").asLong()).isEqualTo(ORDERS.size());
		assertThat(all.get("items").asLong()).isEqualTo(ITEMS.size());
		assertThat(all.get("itemsTotal").decimalValue()).isEqualByComparingTo(sum("price"));
		assertThat(all.get("freightTotal").decimalValue()).isEqualByComparingTo(sum("freight_value"));
		assertThat(all.get("days").size()).isEqualTo(ordersByDay.size());
		for (JsonNode day : all.get("days")) {
			LocalDate date = LocalDate.parse(day.get("date").asString());
			assertThat(day.get("orders").asLong()).as(date.toString()).isEqualTo(ordersByDay.get(date));
			assertThat(day.get("itemsTotal").decimalValue()).as(date.toString())
				.isEqualByComparingTo(priceByDay.getOrDefault(date, BigDecimal.ZERO));
		}
		LocalDate busiest = ordersByDay.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
		JsonNode one = this.api.get("/sales/daily?from=" + busiest + "&to=" + busiest).body();
		assertThat(one.get("orders").asLong()).isEqualTo(ordersByDay.get(busiest));
		assertThat(one.get("days")).hasSize(1);
	}

	private static BigDecimal sum(String column) {
		return ITEMS.stream().map((row) -> new BigDecimal(row.get(column))).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
