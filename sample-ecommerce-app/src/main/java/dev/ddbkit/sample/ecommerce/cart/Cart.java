package dev.ddbkit.sample.ecommerce.cart;

import java.time.Instant;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;
import dev.ddbkit.mapping.annotation.TimeToLive;

import org.springframework.data.annotation.Id;

/**
 * A customer's cart, the head of the item collection {@code CART#{cartId}}. DynamoDB
 * deletes it after {@code expiresAt} (time to live); until the deletion runs, which may
 * take days, it stays readable, so reads check the expiry themselves.
 */
@DynamoEntity(type = "Cart")
@PartitionKey("CART#{cartId}")
@SortKey("CART")
public class Cart {

	@Id
	private String cartId;

	private String customerId;

	@TimeToLive
	private Instant expiresAt;

	public Cart(String cartId, String customerId, Instant expiresAt) {
		this.cartId = cartId;
		this.customerId = customerId;
		this.expiresAt = expiresAt;
	}

	public String getCartId() {
		return this.cartId;
	}

	public void setCartId(String cartId) {
		this.cartId = cartId;
	}

	public String getCustomerId() {
		return this.customerId;
	}

	public void setCustomerId(String customerId) {
		this.customerId = customerId;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public void setExpiresAt(Instant expiresAt) {
		this.expiresAt = expiresAt;
	}

}
