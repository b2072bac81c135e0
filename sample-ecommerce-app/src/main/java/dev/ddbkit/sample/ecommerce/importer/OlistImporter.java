package dev.ddbkit.sample.ecommerce.importer;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.ddbkit.mapping.core.DynamoOperations;
import dev.ddbkit.sample.ecommerce.catalog.Category;
import dev.ddbkit.sample.ecommerce.catalog.Product;
import dev.ddbkit.sample.ecommerce.customer.Customer;
import dev.ddbkit.sample.ecommerce.order.Order;
import dev.ddbkit.sample.ecommerce.order.OrderItem;
import dev.ddbkit.sample.ecommerce.order.OrderPayment;
import dev.ddbkit.sample.ecommerce.order.OrderReview;
import dev.ddbkit.sample.ecommerce.order.OrderRepository;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Loads the Olist CSV files into the table when the application starts: customers (one
 * per person, with the address of their newest order), orders with their items, payments
 * and reviews, products and categories, written with the template's batch writes
 * (BatchWriteItem, 25 items per request, unprocessed items retried). Skips the load when
 * the table already holds the orders, so a restart against a persistent table does not
 * write them twice.
 */
@Component
@ConditionalOnBooleanProperty(name = "sample.import.enabled", matchIfMissing = true)
class OlistImporter implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(OlistImporter.class);

	private static final Comparator<Order> NEWEST_FIRST = Comparator.comparing(Order::getPurchasedAt)
		.thenComparing(Order::getOrderId)
		.reversed();

	private final OlistCsvReader csv;

	private final String location;

	private final OrderRepository orders;

	private final DynamoOperations operations;

	OlistImporter(ResourceLoader resourceLoader, @Value("${sample.import.location:classpath:olist/}") String location,
			OrderRepository orders, DynamoOperations operations) {
		this.csv = new OlistCsvReader(resourceLoader, location);
		this.location = location;
		this.orders = orders;
		this.operations = operations;
	}

	@Override
	public void run(ApplicationArguments args) {
		long start = System.nanoTime();
		Map<String, CSVRecord> customerRows = this.csv.read("olist_customers_dataset.csv", Function.identity())
			.stream()
			.collect(Collectors.toMap((row) -> row.get("customer_id"), Function.identity()));
		List<Order> orderList = this.csv.read("olist_orders_dataset.csv", (row) -> order(row, customerRows));
		if (!orderList.isEmpty() && this.orders.existsById(orderList.get(0).getOrderId())) {
			logger.info("Olist sample already loaded (order " + orderList.get(0).getOrderId() + " exists)");
			return;
		}
		List<Customer> customerList = customers(orderList, customerRows);
		List<OrderItem> itemList = this.csv.read("olist_order_items_dataset.csv", OlistImporter::item);
		List<Product> productList = this.csv.read("olist_products_dataset.csv", OlistImporter::product);
		List<Category> categoryList = categories(productList);
		List<OrderPayment> paymentList = this.csv.read("olist_order_payments_dataset.csv", OlistImporter::payment);
		List<OrderReview> reviewList = this.csv.read("olist_order_reviews_dataset.csv", OlistImporter::review);
		this.operations.batchSave(customerList);
		this.operations.batchSave(orderList);
		this.operations.batchSave(itemList);
		this.operations.batchSave(productList);
		this.operations.batchSave(categoryList);
		this.operations.batchSave(paymentList);
		this.operations.batchSave(reviewList);
		logger.info(String.format(
				"Loaded the Olist sample from %s: %d customers, %d orders, %d order items, %d payments, %d reviews, "
						+ "%d products, %d categories in %d ms",
				this.location, customerList.size(), orderList.size(), itemList.size(), paymentList.size(),
				reviewList.size(), productList.size(), categoryList.size(), (System.nanoTime() - start) / 1_000_000));
	}

	private static Order order(CSVRecord row, Map<String, CSVRecord> customerRows) {
		String orderCustomerId = row.get("customer_id");
		CSVRecord customer = customerRows.get(orderCustomerId);
		if (customer == null) {
			throw new IllegalStateException(
					"Order " + row.get("order_id") + " names unknown customer " + orderCustomerId);
		}
		Order order = new Order(row.get("order_id"), customer.get("customer_unique_id"), row.get("order_status"),
				requireTimestamp(row, "order_purchase_timestamp"));
		order.setOrderCustomerId(orderCustomerId);
		order.setApprovedAt(timestamp(row.get("order_approved_at")));
		order.setDeliveredToCarrierAt(timestamp(row.get("order_delivered_carrier_date")));
		order.setDeliveredToCustomerAt(timestamp(row.get("order_delivered_customer_date")));
		order.setEstimatedDeliveryAt(timestamp(row.get("order_estimated_delivery_date")));
		return order;
	}

	// A person's address can change between orders: the profile keeps the newest one.
	private static List<Customer> customers(List<Order> orders, Map<String, CSVRecord> customerRows) {
		Map<String, Order> newest = orders.stream()
			.collect(Collectors.toMap(Order::getCustomerId, Function.identity(),
					(a, b) -> (NEWEST_FIRST.compare(a, b) <= 0) ? a : b, TreeMap::new));
		return newest.values().stream().map((order) -> {
			CSVRecord row = customerRows.get(order.getOrderCustomerId());
			Customer customer = new Customer(order.getCustomerId());
			customer.setZipCodePrefix(row.get("customer_zip_code_prefix"));
			customer.setCity(row.get("customer_city"));
			customer.setState(row.get("customer_state"));
			return customer;
		}).toList();
	}

	private static OrderItem item(CSVRecord row) {
		OrderItem item = new OrderItem(row.get("order_id"), OrderItem.line(Integer.parseInt(row.get("order_item_id"))),
				row.get("product_id"), row.get("seller_id"), new BigDecimal(row.get("price")),
				new BigDecimal(row.get("freight_value")));
		item.setShippingLimitAt(timestamp(row.get("shipping_limit_date")));
		return item;
	}

	private static OrderPayment payment(CSVRecord row) {
		return new OrderPayment(row.get("order_id"),
				OrderPayment.sequence(Integer.parseInt(row.get("payment_sequential"))), row.get("payment_type"),
				Integer.parseInt(row.get("payment_installments")), new BigDecimal(row.get("payment_value")));
	}

	// Review messages keep their line breaks (CRLF inside quoted fields).
	private static OrderReview review(CSVRecord row) {
		OrderReview review = new OrderReview(row.get("order_id"), row.get("review_id"),
				Integer.parseInt(row.get("review_score")));
		review.setTitle(emptyToNull(row.get("review_comment_title")));
		review.setMessage(emptyToNull(row.get("review_comment_message")));
		review.setCreatedAt(timestamp(row.get("review_creation_date")));
		review.setAnsweredAt(timestamp(row.get("review_answer_timestamp")));
		return review;
	}

	private static Product product(CSVRecord row) {
		Product product = new Product(row.get("product_id"));
		product.setCategory(emptyToNull(row.get("product_category_name")));
		product.setNameLength(integer(row.get("product_name_lenght")));
		product.setDescriptionLength(integer(row.get("product_description_lenght")));
		product.setPhotoCount(integer(row.get("product_photos_qty")));
		product.setWeightGrams(integer(row.get("product_weight_g")));
		product.setLengthCm(integer(row.get("product_length_cm")));
		product.setHeightCm(integer(row.get("product_height_cm")));
		product.setWidthCm(integer(row.get("product_width_cm")));
		return product;
	}

	private List<Category> categories(List<Product> products) {
		Map<String, String> english = this.csv
			.read("product_category_name_translation.csv",
					(row) -> Map.entry(row.get("product_category_name"), row.get("product_category_name_english")))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return products.stream()
			.map(Product::getCategory)
			.filter((name) -> name != null)
			.collect(Collectors.toCollection(TreeSet::new))
			.stream()
			.map((name) -> new Category(name, english.get(name)))
			.toList();
	}

	private static LocalDateTime requireTimestamp(CSVRecord row, String column) {
		LocalDateTime value = timestamp(row.get(column));
		if (value == null) {
			throw new IllegalStateException("Row " + row.getRecordNumber() + " has no " + column);
		}
		return value;
	}

	// Olist writes "2017-10-02 10:56:33", with no zone.
	private static @Nullable LocalDateTime timestamp(String text) {
		return text.isEmpty() ? null : LocalDateTime.parse(text.replace(' ', 'T'));
	}

	private static @Nullable Integer integer(String text) {
		return text.isEmpty() ? null : Integer.valueOf(text);
	}

	private static @Nullable String emptyToNull(String text) {
		return text.isEmpty() ? null : text;
	}

}
