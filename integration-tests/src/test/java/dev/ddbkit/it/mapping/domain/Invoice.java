package dev.ddbkit.it.mapping.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.IndexPartitionKey;
import dev.ddbkit.mapping.annotation.IndexSortKey;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Version;

/**
 * An invoice in its account's partition, newest last by issue date; GSI1 (sparse: no
 * state, no entry) lists invoices by state across accounts, GSI2 finds one by id, the
 * local index LSI1 orders an account's invoices by due date.
 */
@DynamoEntity(type = "Invoice")
@PartitionKey("ACCOUNT#{accountId}")
@SortKey("INVOICE#{issuedOn}#{invoiceId}")
@IndexPartitionKey(index = "GSI1", value = "STATE#{state}")
@IndexSortKey(index = "GSI1", value = "{issuedOn}#{invoiceId}")
@IndexPartitionKey(index = "GSI2", value = "INVOICE#{invoiceId}")
@IndexSortKey(index = "GSI2", value = "INVOICE")
@IndexSortKey(index = "LSI1", value = "DUE#{dueOn}#{invoiceId}")
public record Invoice(String accountId, String invoiceId, LocalDate issuedOn, LocalDate dueOn, @Nullable State state,
		BigDecimal amount, List<Line> lines, @Nullable Set<String> tags, @Version @Nullable Long version) {

	/** A new, unversioned invoice of one line, due 30 days after issue. */
	public static Invoice of(String accountId, String invoiceId, LocalDate issuedOn, State state, String amount) {
		return new Invoice(accountId, invoiceId, issuedOn, issuedOn.plusDays(30), state, new BigDecimal(amount),
				List.of(new Line("sku-1", 1)), null, null);
	}

	public Invoice withState(@Nullable State newState) {
		return new Invoice(this.accountId, this.invoiceId, this.issuedOn, this.dueOn, newState, this.amount, this.lines,
				this.tags, this.version);
	}

	public Invoice withDueOn(LocalDate newDueOn) {
		return new Invoice(this.accountId, this.invoiceId, this.issuedOn, newDueOn, this.state, this.amount, this.lines,
				this.tags, this.version);
	}

	/** The identifier the repository uses: the properties the table key reads. */
	public InvoiceKey key() {
		return new InvoiceKey(this.accountId, this.issuedOn, this.invoiceId);
	}

	/** A line of an invoice, stored as a nested map in a list. */
	public record Line(String sku, int quantity) {
	}

	/** The life cycle of an invoice. */
	public enum State {

		OPEN, PAID, VOID

	}

}
