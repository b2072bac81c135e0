package dev.ddbkit.sample.ecommerce.order;

import java.util.List;

import dev.ddbkit.sample.ecommerce.web.BadRequestException;

/**
 * The order statuses Olist uses.
 */
final class OrderStatuses {

	static final List<String> ALL = List.of("created", "approved", "invoiced", "processing", "shipped", "delivered",
			"canceled", "unavailable");

	private OrderStatuses() {
	}

	static String require(String status) {
		if (!ALL.contains(status)) {
			throw new BadRequestException("Unknown status '" + status + "': expected one of " + ALL);
		}
		return status;
	}

}
