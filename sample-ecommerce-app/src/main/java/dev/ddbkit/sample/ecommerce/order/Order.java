package dev.ddbkit.sample.ecommerce.order;

import java.time.LocalDateTime;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.IndexPartitionKey;
import dev.ddbkit.mapping.annotation.IndexSortKey;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * An order: the head of the item collection {@code ORDER#{orderId}} that also holds its
 * line items. GSI1 lists a customer's orders by purchase time, GSI2 the orders of a
 * status by purchase time, write-sharded over {@value #STATUS_SHARDS} keys
 * ({@code STATUS#delivered#0} ... {@code #9}) and read by querying them all; the version
 * guards status changes.
 */
@DynamoEntity(type = "Order")
@PartitionKey("ORDER#{orderId}")
@SortKey("ORDER")
@IndexPartitionKey(index = "GSI1", value = "CUSTOMER#{customerId}")
@IndexSortKey(index = "GSI1", value = "ORDER#{purchasedAt}#{orderId}")
@IndexPartitionKey(index = "GSI2", value = "STATUS#{status}", shards = Order.STATUS_SHARDS)
@IndexSortKey(index = "GSI2", value = "{purchasedAt}#{orderId}")
public class Order {

	/**
	 * GSI2's shards: a status is a handful of values and every new order is
	 * {@code created}, so one unsharded key would take every order's write.
	 */
	public static final int STATUS_SHARDS = 10;

	@Id
	private String orderId;

	/** The person, Olist's {@code customer_unique_id}. */
	private String customerId;

	/** Olist's per-order customer id, kept for reference. */
	private @Nullable String orderCustomerId;

	private String status;

	private LocalDateTime purchasedAt;

	private @Nullable LocalDateTime approvedAt;

	private @Nullable LocalDateTime deliveredToCarrierAt;

	private @Nullable LocalDateTime deliveredToCustomerAt;

	private @Nullable LocalDateTime estimatedDeliveryAt;

	@Version
	private @Nullable Long version;

	public Order(String orderId, String customerId, String status, LocalDateTime purchasedAt) {
		this.orderId = orderId;
		this.customerId = customerId;
		this.status = status;
		this.purchasedAt = purchasedAt;
	}

	public String getOrderId() {
		return this.orderId;
	}

	public void setOrderId(String orderId) {
		this.orderId = orderId;
	}

	public String getCustomerId() {
		return this.customerId;
	}

	public void setCustomerId(String customerId) {
		this.customerId = customerId;
	}

	public @Nullable String getOrderCustomerId() {
		return this.orderCustomerId;
	}

	public void setOrderCustomerId(@Nullable String orderCustomerId) {
		this.orderCustomerId = orderCustomerId;
	}

	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public LocalDateTime getPurchasedAt() {
		return this.purchasedAt;
	}

	public void setPurchasedAt(LocalDateTime purchasedAt) {
		this.purchasedAt = purchasedAt;
	}

	public @Nullable LocalDateTime getApprovedAt() {
		return this.approvedAt;
	}

	public void setApprovedAt(@Nullable LocalDateTime approvedAt) {
		this.approvedAt = approvedAt;
	}

	public @Nullable LocalDateTime getDeliveredToCarrierAt() {
		return this.deliveredToCarrierAt;
	}

	public void setDeliveredToCarrierAt(@Nullable LocalDateTime deliveredToCarrierAt) {
		this.deliveredToCarrierAt = deliveredToCarrierAt;
	}

	public @Nullable LocalDateTime getDeliveredToCustomerAt() {
		return this.deliveredToCustomerAt;
	}

	public void setDeliveredToCustomerAt(@Nullable LocalDateTime deliveredToCustomerAt) {
		this.deliveredToCustomerAt = deliveredToCustomerAt;
	}

	public @Nullable LocalDateTime getEstimatedDeliveryAt() {
		return this.estimatedDeliveryAt;
	}

	public void setEstimatedDeliveryAt(@Nullable LocalDateTime estimatedDeliveryAt) {
		this.estimatedDeliveryAt = estimatedDeliveryAt;
	}

	public @Nullable Long getVersion() {
		return this.version;
	}

	public void setVersion(@Nullable Long version) {
		this.version = version;
	}

}
