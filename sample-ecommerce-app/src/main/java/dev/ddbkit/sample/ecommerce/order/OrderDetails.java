package dev.ddbkit.sample.ecommerce.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * An order with its line items and their totals, as {@code GET /orders/{id}} answers it.
 *
 * @param order the order
 * @param items its line items in item-number order
 * @param itemsTotal the sum of the item prices
 * @param freightTotal the sum of the item freight values
 */
public record OrderDetails(@JsonUnwrapped Order order, List<Line> items, BigDecimal itemsTotal,
		BigDecimal freightTotal) {

	static OrderDetails of(Order order, List<OrderItem> items) {
		List<Line> lines = items.stream().map(Line::of).toList();
		BigDecimal itemsTotal = items.stream().map(OrderItem::getPrice).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal freightTotal = items.stream()
			.map(OrderItem::getFreightValue)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return new OrderDetails(order, lines, money(itemsTotal), money(freightTotal));
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
	public record Line(int itemNumber, String productId, String sellerId, LocalDateTime shippingLimitAt,
			BigDecimal price, BigDecimal freightValue) {

		static Line of(OrderItem item) {
			return new Line(item.getItemNumber(), item.getProductId(), item.getSellerId(), item.getShippingLimitAt(),
					money(item.getPrice()), money(item.getFreightValue()));
		}

	}

}
