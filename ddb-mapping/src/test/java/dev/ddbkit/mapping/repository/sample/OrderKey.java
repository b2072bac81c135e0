package dev.ddbkit.mapping.repository.sample;

import java.time.Instant;

/** The composite identifier of an order: the properties its table key templates read. */
public record OrderKey(String customerId, Instant purchasedAt, String orderId) {
}
