package dev.ddbkit.it.repository;

import dev.ddbkit.it.mapping.domain.Invoice.State;
import org.jspecify.annotations.Nullable;

/** An interface projection of an invoice. */
public interface InvoiceSummary {

	String getInvoiceId();

	@Nullable State getState();

}
