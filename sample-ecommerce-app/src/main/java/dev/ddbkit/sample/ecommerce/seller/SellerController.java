package dev.ddbkit.sample.ecommerce.seller;

import dev.ddbkit.mapping.core.DynamoOperations;
import dev.ddbkit.mapping.query.DynamoPage;
import dev.ddbkit.mapping.query.DynamoQuery;
import dev.ddbkit.sample.ecommerce.order.OrderItem;
import dev.ddbkit.sample.ecommerce.web.Cursors;
import dev.ddbkit.sample.ecommerce.web.NotFoundException;
import dev.ddbkit.sample.ecommerce.web.PageResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sellers over HTTP: a seller by id (GetItem) and a seller's order items, newest shipping
 * limit first (a Query of GSI3, {@code SELLER#{sellerId}}).
 */
@RestController
class SellerController {

	private final DynamoOperations operations;

	SellerController(DynamoOperations operations) {
		this.operations = operations;
	}

	@GetMapping("/sellers/{sellerId}")
	Seller seller(@PathVariable String sellerId) {
		return this.operations.findById(Seller.class, sellerId)
			.orElseThrow(() -> new NotFoundException("Seller", sellerId));
	}

	@GetMapping("/sellers/{sellerId}/items")
	PageResponse<OrderItem> items(@PathVariable String sellerId,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String cursor) {
		seller(sellerId);
		DynamoPage<OrderItem> page = this.operations.query(DynamoQuery.builder(OrderItem.class)
			.index("GSI3")
			.where("sellerId", sellerId)
			.descending()
			.limit(Cursors.limit(limit, 50, 500))
			.cursor(cursor)
			.build());
		return new PageResponse<>(page.items(), page.nextCursor());
	}

}
