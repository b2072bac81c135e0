package dev.ddbkit.sample.ecommerce.order;

import java.time.LocalDateTime;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;
import org.jspecify.annotations.Nullable;

/**
 * A customer's review of an order, in the order's item collection. Keyed by order and
 * review id: Olist reuses one review id on up to three orders.
 */
@DynamoEntity(type = "OrderReview")
@PartitionKey("ORDER#{orderId}")
@SortKey("REVIEW#{reviewId}")
public class OrderReview {

	private String orderId;

	private String reviewId;

	/** 1 to 5. */
	private int score;

	private @Nullable String title;

	/** Portuguese text, line breaks kept. */
	private @Nullable String message;

	private @Nullable LocalDateTime createdAt;

	private @Nullable LocalDateTime answeredAt;

	public OrderReview(String orderId, String reviewId, int score) {
		this.orderId = orderId;
		this.reviewId = reviewId;
		this.score = score;
	}

	public String getOrderId() {
		return this.orderId;
	}

	public void setOrderId(String orderId) {
		this.orderId = orderId;
	}

	public String getReviewId() {
		return this.reviewId;
	}

	public void setReviewId(String reviewId) {
		this.reviewId = reviewId;
	}

	public int getScore() {
		return this.score;
	}

	public void setScore(int score) {
		this.score = score;
	}

	public @Nullable String getTitle() {
		return this.title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	public @Nullable String getMessage() {
		return this.message;
	}

	public void setMessage(@Nullable String message) {
		this.message = message;
	}

	public @Nullable LocalDateTime getCreatedAt() {
		return this.createdAt;
	}

	public void setCreatedAt(@Nullable LocalDateTime createdAt) {
		this.createdAt = createdAt;
	}

	public @Nullable LocalDateTime getAnsweredAt() {
		return this.answeredAt;
	}

	public void setAnsweredAt(@Nullable LocalDateTime answeredAt) {
		this.answeredAt = answeredAt;
	}

}
