package dev.ddbkit.sample.ecommerce.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

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
		try (InputStream in = BOMInputStream.builder().setInputStream(Files.newInputStream(FOLDER.resolve(file))).get();
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.RFC4180.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.get()
					.parse(reader)) {
			List<Map<String, String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				rows.add(record.toMap());
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
