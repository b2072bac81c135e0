package dev.ddbkit.sample.ecommerce.catalog;

import java.time.LocalDateTime;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;
import org.jspecify.annotations.Nullable;

/**
 * A review as seen from a product it covers: Olist reviews an order, so the import copies
 * each review into the item collection of every product of the order, sorted by score
 * ({@code SK=REVIEW#{score}#{orderId}#{reviewId}}), so that "a product's reviews with
 * score 5" is one Query with {@code begins_with(SK, "REVIEW#5")}.
 */
@DynamoEntity(type = "ProductReview")
@PartitionKey("PRODUCT#{productId}")
@SortKey("REVIEW#{score}#{orderId}#{reviewId}")
public class ProductReview {

	private String productId;

	private int score;

	private String orderId;

	private String reviewId;

	private @Nullable String title;

	private @Nullable String message;

	private @Nullable LocalDateTime createdAt;

	public ProductReview(String productId, int score, String orderId, String reviewId) {
		this.productId = productId;
		this.score = score;
		this.orderId = orderId;
		this.reviewId = reviewId;
	}

	public String getProductId() {
		return this.productId;
	}

	public void setProductId(String productId) {
		this.productId = productId;
	}

	public int getScore() {
		return this.score;
	}

	public void setScore(int score) {
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

}
