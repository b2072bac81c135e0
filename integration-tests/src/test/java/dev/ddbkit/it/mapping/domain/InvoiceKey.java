package dev.ddbkit.it.mapping.domain;

import java.time.LocalDate;

/**
 * The composite identifier of an invoice: the properties its table key templates read.
 */
public record InvoiceKey(String accountId, LocalDate issuedOn, String invoiceId) {
}
