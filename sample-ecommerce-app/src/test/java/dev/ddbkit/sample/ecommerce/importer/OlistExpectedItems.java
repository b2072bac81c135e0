package dev.ddbkit.sample.ecommerce.importer;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.csv.CSVRecord;

import org.springframework.core.io.DefaultResourceLoader;

/**
 * The items the shipped Olist folder makes, per entity type, computed from the files with
 * a plain CSV parser and no application code.
 */
final class OlistExpectedItems {

	static final Path FOLDER = Path.of("src/main/resources/olist");

	private OlistExpectedItems() {
	}

	static Map<String, Long> byType() {
		List<Map<String, String>> customerRows = read("olist_customers_dataset.csv");
		List<Map<String, String>> itemRows = read("olist_order_items_dataset.csv");
		List<Map<String, String>> reviewRows = read("olist_order_reviews_dataset.csv");
		List<Map<String, String>> productRows = read("olist_products_dataset.csv");
		Set<String> persons = new HashSet<>();
		customerRows.forEach((row) -> persons.add(row.get("customer_unique_id")));
		Set<String> categories = new HashSet<>();
		productRows.stream()
			.map((row) -> row.get("product_category_name"))
			.filter((name) -> !name.isEmpty())
			.forEach(categories::add);
		Map<String, Set<String>> productsByOrder = new HashMap<>();
		itemRows.forEach((row) -> productsByOrder.computeIfAbsent(row.get("order_id"), (key) -> new HashSet<>())
			.add(row.get("product_id")));
		long productReviews = reviewRows.stream()
			.mapToLong((row) -> productsByOrder.getOrDefault(row.get("order_id"), Set.of()).size())
			.sum();
		Map<String, Long> counts = new TreeMap<>();
		counts.put("Customer", (long) persons.size());
		counts.put("Order", (long) read("olist_orders_dataset.csv").size());
		counts.put("OrderItem", (long) itemRows.size());
		counts.put("OrderPayment", (long) read("olist_order_payments_dataset.csv").size());
		counts.put("OrderReview", (long) reviewRows.size());
		counts.put("Product", (long) productRows.size());
		counts.put("Category", (long) categories.size());
		counts.put("Seller", (long) read("olist_sellers_dataset.csv").size());
		counts.put("ProductReview", productReviews);
		return counts;
	}

	static long total() {
		return byType().values().stream().mapToLong(Long::longValue).sum();
	}

	static List<Map<String, String>> read(String file) {
		return new OlistCsvReader(new DefaultResourceLoader(), FOLDER.toUri().toString()).read(file, CSVRecord::toMap);
	}

}
