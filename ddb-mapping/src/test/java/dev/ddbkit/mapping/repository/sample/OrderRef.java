package dev.ddbkit.mapping.repository.sample;

import java.math.BigDecimal;

/** A DTO projection of an order. */
public record OrderRef(String orderId, BigDecimal total) {
}
