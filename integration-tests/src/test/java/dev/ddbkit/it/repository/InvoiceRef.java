package dev.ddbkit.it.repository;

import java.math.BigDecimal;

/** A DTO projection of an invoice. */
public record InvoiceRef(String invoiceId, BigDecimal amount) {
}
