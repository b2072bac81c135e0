package dev.ddbkit.sample.ecommerce.importer;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.ddbkit.sample.ecommerce.catalog.Category;
import dev.ddbkit.sample.ecommerce.catalog.Product;
import dev.ddbkit.sample.ecommerce.catalog.ProductReview;
import dev.ddbkit.sample.ecommerce.customer.Customer;
import dev.ddbkit.sample.ecommerce.order.Order;
import dev.ddbkit.sample.ecommerce.order.OrderItem;
import dev.ddbkit.sample.ecommerce.order.OrderPayment;
import dev.ddbkit.sample.ecommerce.order.OrderReview;
import dev.ddbkit.sample.ecommerce.seller.Seller;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The Olist files of one folder as entities: customers (one per person, with the address
 * of their newest order), orders, their items, payments and reviews, products (with a
 * derived stock), categories, sellers, and each review copied to the products it covers.
 *
 * @param customers the customers
 * @param orders the orders, in file order
 * @param items the order items
 * @param payments the payments
 * @param reviews the reviews
 * @param products the products
 * @param categories the categories
 * @param sellers the sellers
 * @param productReviews the reviews by product
 */
record OlistDataset(List<Customer> customers, List<Order> orders, List<OrderItem> items, List<OrderPayment> payments,
		List<OrderReview> reviews, List<Product> products, List<Category> categories, List<Seller> sellers,
		List<ProductReview> productReviews) {

	private static final Comparator<Order> NEWEST_FIRST = Comparator.comparing(Order::getPurchasedAt)
		.thenComparing(Order::getOrderId)
		.reversed();

	/**
	 * Reads the orders file only.
	 * @param csv the folder's reader
	 * @return the orders, in file order
	 */
	static List<Order> readOrders(OlistCsvReader csv) {
		Map<String, CSVRecord> customerRows = customerRows(csv);
		return csv.read("olist_orders_dataset.csv", (row) -> order(row, customerRows));
	}

	/**
	 * Reads every file of a folder.
	 * @param csv the folder's reader
	 * @return the entities
	 */
	static OlistDataset read(OlistCsvReader csv) {
		Map<String, CSVRecord> customerRows = customerRows(csv);
		List<Order> orders = csv.read("olist_orders_dataset.csv", (row) -> order(row, customerRows));
		List<OrderItem> items = csv.read("olist_order_items_dataset.csv", OlistDataset::item);
		List<OrderReview> reviews = csv.read("olist_order_reviews_dataset.csv", OlistDataset::review);
		List<Product> products = csv.read("olist_products_dataset.csv", OlistDataset::product);
		return new OlistDataset(customers(orders, customerRows), orders, items,
				csv.read("olist_order_payments_dataset.csv", OlistDataset::payment), reviews, products,
				categories(csv, products), csv.read("olist_sellers_dataset.csv", OlistDataset::seller),
				productReviews(items, reviews));
	}

	/**
	 * Every entity, in the order the import writes them.
	 * @return the entities
	 */
	List<Object> all() {
		List<Object> all = new ArrayList<>();
		all.addAll(this.customers);
		all.addAll(this.orders);
		all.addAll(this.items);
		all.addAll(this.products);
		all.addAll(this.categories);
		all.addAll(this.payments);
		all.addAll(this.reviews);
		all.addAll(this.sellers);
		all.addAll(this.productReviews);
		return all;
	}

	String summary() {
		return String.format(
				"%d customers, %d orders, %d order items, %d payments, %d reviews, %d products, %d categories, "
						+ "%d sellers, %d product reviews",
				this.customers.size(), this.orders.size(), this.items.size(), this.payments.size(), this.reviews.size(),
				this.products.size(), this.categories.size(), this.sellers.size(), this.productReviews.size());
	}

	private static Map<String, CSVRecord> customerRows(OlistCsvReader csv) {
		return csv.read("olist_customers_dataset.csv", Function.identity())
			.stream()
			.collect(Collectors.toMap((row) -> row.get("customer_id"), Function.identity()));
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

	private static Seller seller(CSVRecord row) {
		Seller seller = new Seller(row.get("seller_id"));
		seller.setZipCodePrefix(row.get("seller_zip_code_prefix"));
		seller.setCity(row.get("seller_city"));
		seller.setState(row.get("seller_state"));
		return seller;
	}

	// Olist reviews orders: a review counts for every distinct product of its order.
	static List<ProductReview> productReviews(List<OrderItem> items, List<OrderReview> reviews) {
		Map<String, Set<String>> productsByOrder = items.stream()
			.collect(Collectors.groupingBy(OrderItem::getOrderId,
					Collectors.mapping(OrderItem::getProductId, Collectors.toCollection(TreeSet::new))));
		List<ProductReview> result = new ArrayList<>();
		for (OrderReview review : reviews) {
			for (String productId : productsByOrder.getOrDefault(review.getOrderId(), Set.of())) {
				ProductReview copy = new ProductReview(productId, review.getScore(), review.getOrderId(),
						review.getReviewId());
				copy.setTitle(review.getTitle());
				copy.setMessage(review.getMessage());
				copy.setCreatedAt(review.getCreatedAt());
				result.add(copy);
			}
		}
		return result;
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
		product.setStock(Product.initialStock(product.getProductId()));
		return product;
	}

	private static List<Category> categories(OlistCsvReader csv, List<Product> products) {
		Map<String, String> english = csv
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
