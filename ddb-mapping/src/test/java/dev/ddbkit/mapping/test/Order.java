package dev.ddbkit.mapping.test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.IndexPartitionKey;
import dev.ddbkit.mapping.annotation.IndexSortKey;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Version;

@DynamoEntity(type = "Order")
@PartitionKey("CUSTOMER#{customerId}")
@SortKey("ORDER#{purchasedAt}#{orderId}")
@IndexPartitionKey(index = "GSI1", value = "STATUS#{status}")
@IndexSortKey(index = "GSI1", value = "{purchasedAt}#{orderId}")
@IndexPartitionKey(index = "GSI2", value = "ORDER#{orderId}")
@IndexSortKey(index = "GSI2", value = "ORDER")
public record Order(String customerId, String orderId, Instant purchasedAt, @Nullable OrderStatus status,
		BigDecimal total, List<LineItem> lines, @Version @Nullable Long version) {

	public Order withStatus(OrderStatus status) {
		return new Order(this.customerId, this.orderId, this.purchasedAt, status, this.total, this.lines, this.version);
	}

	public record LineItem(String productId, int quantity) {
	}

	public enum OrderStatus {

		CREATED, SHIPPED, DELIVERED, CANCELED

	}

}
