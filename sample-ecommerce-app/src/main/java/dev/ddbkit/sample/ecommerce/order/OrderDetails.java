package dev.ddbkit.sample.ecommerce.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.ddbkit.mapping.core.DynamoItemCollection;
import org.jspecify.annotations.Nullable;

/**
 * An order with its line items, payments and reviews, as {@code GET /orders/{id}} answers
 * it: the decoded item collection {@code ORDER#{orderId}} of one Query.
 *
 * @param order the order
 * @param items its line items in item-number order
 * @param itemsTotal the sum of the item prices
 * @param freightTotal the sum of the item freight values
 * @param payments its payments in sequence order
 * @param paymentsTotal the sum of the payment values
 * @param reviews its reviews
 */
public record OrderDetails(@JsonUnwrapped Order order, List<Line> items, BigDecimal itemsTotal, BigDecimal freightTotal,
		List<Payment> payments, BigDecimal paymentsTotal, List<Review> reviews) {

	static OrderDetails of(Order order, DynamoItemCollection collection) {
		List<OrderItem> items = collection.ofType(OrderItem.class);
		List<OrderPayment> payments = collection.ofType(OrderPayment.class);
		return new OrderDetails(order, items.stream().map(Line::of).toList(), sum(items, OrderItem::getPrice),
				sum(items, OrderItem::getFreightValue), payments.stream().map(Payment::of).toList(),
				sum(payments, OrderPayment::getValue),
				collection.ofType(OrderReview.class).stream().map(Review::of).toList());
	}

	private static <T> BigDecimal sum(List<T> values, Function<T, BigDecimal> amount) {
		return money(values.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add));
	}

	// DynamoDB numbers keep no trailing zeros: amounts in BRL are shown with two decimals
	// again.
	static BigDecimal money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_EVEN);
	}

	/**
	 * One line item.
	 *
	 * @param itemNumber the 1-based item number
	 * @param productId the product
	 * @param sellerId the seller
	 * @param shippingLimitAt when the seller must hand it to the carrier
	 * @param price the price in BRL
	 * @param freightValue the freight in BRL
	 */
	public record Line(int itemNumber, String productId, String sellerId, @Nullable LocalDateTime shippingLimitAt,
			BigDecimal price, BigDecimal freightValue) {

		static Line of(OrderItem item) {
			return new Line(item.getItemNumber(), item.getProductId(), item.getSellerId(), item.getShippingLimitAt(),
					money(item.getPrice()), money(item.getFreightValue()));
		}

	}

	/**
	 * One payment.
	 *
	 * @param sequence the 1-based payment sequence
	 * @param type {@code credit_card}, {@code boleto}, {@code voucher},
	 * {@code debit_card} or {@code not_defined}
	 * @param installments the number of installments
	 * @param value the amount in BRL
	 */
	public record Payment(int sequence, String type, int installments, BigDecimal value) {

		static Payment of(OrderPayment payment) {
			return new Payment(Integer.parseInt(payment.getSequence()), payment.getType(), payment.getInstallments(),
					money(payment.getValue()));
		}

	}

	/**
	 * One review.
	 *
	 * @param reviewId the review id
	 * @param score 1 to 5
	 * @param title the title, if any
	 * @param message the text, if any
	 * @param createdAt when the review was requested
	 * @param answeredAt when the customer answered
	 */
	public record Review(String reviewId, int score, @Nullable String title, @Nullable String message,
			@Nullable LocalDateTime createdAt, @Nullable LocalDateTime answeredAt) {

		static Review of(OrderReview review) {
			return new Review(review.getReviewId(), review.getScore(), review.getTitle(), review.getMessage(),
					review.getCreatedAt(), review.getAnsweredAt());
		}

	}

}
