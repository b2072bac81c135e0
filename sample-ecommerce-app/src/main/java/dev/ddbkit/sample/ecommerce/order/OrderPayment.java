package dev.ddbkit.sample.ecommerce.order;

import java.math.BigDecimal;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;

/**
 * One payment of an order (an order may be paid in parts, e.g. a voucher and a card), in
 * the order's item collection; the sequence is zero-padded in the sort key.
 */
@DynamoEntity(type = "OrderPayment")
@PartitionKey("ORDER#{orderId}")
@SortKey("PAYMENT#{sequence}")
public class OrderPayment {

	private String orderId;

	/**
	 * Olist's {@code payment_sequential}, zero-padded like {@link OrderItem#line(int)}.
	 */
	private String sequence;

	private String type;

	private int installments;

	private BigDecimal value;

	public OrderPayment(String orderId, String sequence, String type, int installments, BigDecimal value) {
		this.orderId = orderId;
		this.sequence = sequence;
		this.type = type;
		this.installments = installments;
		this.value = value;
	}

	/**
	 * The zero-padded sequence of a payment.
	 * @param sequence the 1-based payment sequence
	 * @return the padded sequence, e.g. {@code 002}
	 */
	public static String sequence(int sequence) {
		return OrderItem.line(sequence);
	}

	public String getOrderId() {
		return this.orderId;
	}

	public void setOrderId(String orderId) {
		this.orderId = orderId;
	}

	public String getSequence() {
		return this.sequence;
	}

	public void setSequence(String sequence) {
		this.sequence = sequence;
	}

	public String getType() {
		return this.type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public int getInstallments() {
		return this.installments;
	}

	public void setInstallments(int installments) {
		this.installments = installments;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public void setValue(BigDecimal value) {
		this.value = value;
	}

}
