package dev.ddbkit.sample.ecommerce.cart;

import java.math.BigDecimal;
import java.time.Instant;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;
import dev.ddbkit.mapping.annotation.TimeToLive;

/**
 * A product in a cart ({@code SK=LINE#{productId}}); it expires with its cart.
 */
@DynamoEntity(type = "CartLine")
@PartitionKey("CART#{cartId}")
@SortKey("LINE#{productId}")
public class CartLine {

	private String cartId;

	private String productId;

	private String sellerId;

	private BigDecimal price;

	private int quantity;

	@TimeToLive
	private Instant expiresAt;

	public CartLine(String cartId, String productId, String sellerId, BigDecimal price, int quantity,
			Instant expiresAt) {
		this.cartId = cartId;
		this.productId = productId;
		this.sellerId = sellerId;
		this.price = price;
		this.quantity = quantity;
		this.expiresAt = expiresAt;
	}

	public String getCartId() {
		return this.cartId;
	}

	public void setCartId(String cartId) {
		this.cartId = cartId;
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

	public BigDecimal getPrice() {
		return this.price;
	}

	public void setPrice(BigDecimal price) {
		this.price = price;
	}

	public int getQuantity() {
		return this.quantity;
	}

	public void setQuantity(int quantity) {
		this.quantity = quantity;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public void setExpiresAt(Instant expiresAt) {
		this.expiresAt = expiresAt;
	}

}
