package dev.ddbkit.sample.ecommerce.order;

import java.util.List;
import java.util.Map;

/**
 * The order lifecycle over Olist's statuses: {@code created -> approved -> invoiced ->
 * processing -> shipped -> delivered}, with {@code canceled} and {@code unavailable} as
 * end states reachable until the order ships. Olist's own data skips steps (an approved
 * order can go straight to processing, an invoiced one to shipped), so those are allowed;
 * going back, and leaving an end state, are not.
 */
public final class OrderStatusMachine {

	private static final Map<String, List<String>> NEXT = Map.of("created", List.of("approved", "canceled"), "approved",
			List.of("invoiced", "processing", "canceled", "unavailable"), "invoiced",
			List.of("processing", "shipped", "canceled", "unavailable"), "processing",
			List.of("shipped", "canceled", "unavailable"), "shipped", List.of("delivered"), "delivered", List.of(),
			"canceled", List.of(), "unavailable", List.of());

	private OrderStatusMachine() {
	}

	/**
	 * The statuses an order may move to from a status.
	 * @param status a known status
	 * @return the allowed next statuses, empty for an end state
	 */
	public static List<String> next(String status) {
		return NEXT.getOrDefault(status, List.of());
	}

	/**
	 * Checks a transition.
	 * @param orderId the order, for the message
	 * @param from the current status
	 * @param to the requested status (known)
	 * @throws IllegalTransitionException when the lifecycle does not allow it
	 */
	static void check(String orderId, String from, String to) {
		if (!next(from).contains(to)) {
			throw new IllegalTransitionException("Order '" + orderId + "' cannot go from '" + from + "' to '" + to
					+ "': allowed next statuses are " + next(from));
		}
	}

}
