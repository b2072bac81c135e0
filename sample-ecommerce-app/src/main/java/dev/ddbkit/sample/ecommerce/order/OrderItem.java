package dev.ddbkit.sample.ecommerce.order;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.IndexPartitionKey;
import dev.ddbkit.mapping.annotation.IndexSortKey;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;
import org.jspecify.annotations.Nullable;

/**
 * One line of an order, in the order's item collection. The line number is stored
 * zero-padded in the sort key so that lines sort numerically. GSI3 lists a seller's items
 * by shipping limit ({@code SELLER#{sellerId}}); an item without one stays out of it.
 */
@DynamoEntity(type = "OrderItem")
@PartitionKey("ORDER#{orderId}")
@SortKey("ITEM#{line}")
@IndexPartitionKey(index = "GSI3", value = "SELLER#{sellerId}")
@IndexSortKey(index = "GSI3", value = "{shippingLimitAt}#{orderId}#{line}")
public class OrderItem {

	static final int LINE_WIDTH = 3;

	private String orderId;

	/** The item number, zero-padded to {@value #LINE_WIDTH} digits. */
	private String line;

	private String productId;

	private String sellerId;

	private @Nullable LocalDateTime shippingLimitAt;

	private BigDecimal price;

	private BigDecimal freightValue;

	public OrderItem(String orderId, String line, String productId, String sellerId, BigDecimal price,
			BigDecimal freightValue) {
		this.orderId = orderId;
		this.line = line;
		this.productId = productId;
		this.sellerId = sellerId;
		this.price = price;
		this.freightValue = freightValue;
	}

	/**
	 * The zero-padded line of an item number.
	 * @param itemNumber the 1-based item number
	 * @return the line, e.g. {@code 007}
	 */
	public static String line(int itemNumber) {
		return String.format("%0" + LINE_WIDTH + "d", itemNumber);
	}

	public int getItemNumber() {
		return Integer.parseInt(this.line);
	}

	public String getOrderId() {
		return this.orderId;
	}

	public void setOrderId(String orderId) {
		this.orderId = orderId;
	}

	public String getLine() {
		return this.line;
	}

	public void setLine(String line) {
		this.line = line;
	}

	public String getProductId() {
		return this.productId;
	}

	public void setProductId(String productId) {
		this.productId = productId;
	}

	public String getSellerId() {
		return this.sellerId;
	}

	public void setSellerId(String sellerId) {
		this.sellerId = sellerId;
	}

	public @Nullable LocalDateTime getShippingLimitAt() {
		return this.shippingLimitAt;
	}

	public void setShippingLimitAt(@Nullable LocalDateTime shippingLimitAt) {
		this.shippingLimitAt = shippingLimitAt;
	}

	public BigDecimal getPrice() {
		return this.price;
	}

	public void setPrice(BigDecimal price) {
		this.price = price;
	}

	public BigDecimal getFreightValue() {
		return this.freightValue;
	}

	public void setFreightValue(BigDecimal freightValue) {
		this.freightValue = freightValue;
	}

}
