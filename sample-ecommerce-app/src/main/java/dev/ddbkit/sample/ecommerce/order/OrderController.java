package dev.ddbkit.sample.ecommerce.order;

import java.net.URI;
import java.time.LocalDate;

import dev.ddbkit.sample.ecommerce.web.BadRequestException;
import dev.ddbkit.sample.ecommerce.web.Cursors;
import dev.ddbkit.sample.ecommerce.web.PageResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Window;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders over HTTP.
 */
@RestController
class OrderController {

	private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);

	private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

	private final OrderService orders;

	private final OrderPlacement placement;

	OrderController(OrderService orders, OrderPlacement placement) {
		this.orders = orders;
		this.placement = placement;
	}

	@PostMapping("/orders")
	ResponseEntity<OrderDetails> place(@RequestHeader("Idempotency-Key") String idempotencyKey,
			@RequestBody PlaceOrderRequest request) {
		OrderPlacement.Placed placed = this.placement.place(idempotencyKey, request);
		return ResponseEntity.status(placed.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.location(URI.create("/orders/" + placed.order().order().getOrderId()))
			.body(placed.order());
	}

	@GetMapping("/orders/{orderId}")
	OrderDetails order(@PathVariable String orderId) {
		return this.orders.find(orderId);
	}

	@GetMapping("/customers/{customerId}/orders")
	PageResponse<Order> ordersOfCustomer(@PathVariable String customerId,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String cursor) {
		String listing = "customer-orders/" + customerId;
		return page(
				this.orders.ofCustomer(customerId, Cursors.position(cursor, listing), Cursors.limit(limit, 20, 100)),
				listing);
	}

	@GetMapping("/orders")
	PageResponse<Order> ordersWithStatus(@RequestParam String status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String cursor) {
		LocalDate first = (from != null) ? from : FIRST_DAY;
		LocalDate last = (to != null) ? to : LAST_DAY;
		String listing = "orders/" + status + "/" + first + "/" + last;
		return page(this.orders.withStatus(status, first, last, Cursors.position(cursor, listing),
				Cursors.limit(limit, 100, 1000)), listing);
	}

	@PatchMapping("/orders/{orderId}/status")
	Order changeStatus(@PathVariable String orderId, @RequestBody StatusChange change) {
		if (change.status() == null || change.version() == null) {
			throw new BadRequestException("The body must give the new status and the version read, "
					+ "e.g. {\"status\":\"shipped\",\"version\":1}");
		}
		return this.orders.changeStatus(orderId, change.status(), change.version());
	}

	@PostMapping("/orders/{orderId}/cancel")
	Order cancel(@PathVariable String orderId, @RequestParam long version) {
		return this.orders.cancel(orderId, version);
	}

	private static PageResponse<Order> page(Window<Order> window, String listing) {
		return new PageResponse<>(window.getContent(), Cursors.next(window, listing));
	}

	/**
	 * The body of a status change.
	 *
	 * @param status the new status
	 * @param version the version of the order the client read
	 */
	record StatusChange(@Nullable String status, @Nullable Long version) {
	}

}
