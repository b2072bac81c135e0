package dev.ddbkit.it.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.ddbkit.it.backend.EveryBackend;
import dev.ddbkit.it.mapping.MappedTables;
import dev.ddbkit.it.mapping.domain.Account;
import dev.ddbkit.it.mapping.domain.Invoice;
import dev.ddbkit.it.mapping.domain.Invoice.State;
import dev.ddbkit.mapping.core.DynamoTemplate;
import dev.ddbkit.mapping.repository.support.DynamoRepositoryFactory;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Derived query methods compiled to key conditions on the table, the GSI or the LSI that
 * serves them, with OrderBy, Top/First, filters and projections.
 */
@EveryBackend
class DerivedQueryIntegrationTests {

	private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);

	private InvoiceRepository repository;

	/** Six invoices of account a1, one per day from May 1, in sort key order. */
	private List<Invoice> invoices = List.of();

	@BeforeEach
	void saveInvoices(DynamoDbClient ddb) {
		DynamoTemplate template = MappedTables.template(ddb, Account.class, Invoice.class);
		this.repository = new DynamoRepositoryFactory(template).getRepository(InvoiceRepository.class);
		template.save(new Account("a1", "Ana", "gold"));
		List<Invoice> saved = new ArrayList<>();
		for (int day = 0; day < 6; day++) {
			State state = (day == 2) ? State.PAID : State.OPEN;
			saved.add(this.repository.save(Invoice.of("a1", "i" + day, MAY_1.plusDays(day), state, "1" + day)
				.withDueOn(MAY_1.plusDays(40 - 2L * day))));
		}
		this.repository.save(Invoice.of("a2", "x", MAY_1.plusDays(1), State.OPEN, "500"));
		this.invoices = List.copyOf(saved);
	}

	@Test
	void compilesPartitionQueriesWithOrderAndSortKeyRanges() {
		assertThat(this.repository.findByAccountIdOrderByIssuedOnDesc("a1"))
			.containsExactlyElementsOf(reversed(this.invoices));
		assertThat(this.repository.findByAccountIdAndIssuedOnBetween("a1", MAY_1.plusDays(1), MAY_1.plusDays(3)))
			.containsExactlyElementsOf(this.invoices.subList(1, 4));
		assertThat(this.repository.findByAccountIdAndIssuedOnAfter("a1", MAY_1.plusDays(3)))
			.containsExactlyElementsOf(this.invoices.subList(4, 6));
		assertThat(this.repository.findByAccountIdAndIssuedOnLessThanEqual("a1", MAY_1.plusDays(1)))
			.containsExactlyElementsOf(this.invoices.subList(0, 2));
		assertThat(this.repository.findByAccountIdAndIssuedOnStartingWith("a1", "2024-05-0"))
			.containsExactlyElementsOf(this.invoices);
		assertThat(this.repository.findByAccountIdAndIssuedOnStartingWith("a1", "2024-06")).isEmpty();
	}

	@Test
	void honoursFirstAndTopInTheRequestedOrder() {
		assertThat(this.repository.findFirstByAccountIdOrderByIssuedOnDesc("a1")).isEqualTo(this.invoices.get(5));
		assertThat(this.repository.findTop2ByAccountIdOrderByIssuedOnDesc("a1")).containsExactly(this.invoices.get(5),
				this.invoices.get(4));
	}

	@Test
	void compilesQueriesOnTheIndexWhoseTemplatesCoverTheProperties() {
		assertThat(
				this.repository.findByStateAndIssuedOnBetweenOrderByIssuedOnDesc(State.OPEN, MAY_1, MAY_1.plusDays(1)))
			.containsExactly(this.repository.findByInvoiceId("x").orElseThrow(), this.invoices.get(1),
					this.invoices.get(0));
		assertThat(this.repository.findByInvoiceId("i3")).contains(this.invoices.get(3));
		assertThat(this.repository.existsByInvoiceId("i3")).isTrue();
		assertThat(this.repository.existsByInvoiceId("i9")).isFalse();
		assertThat(this.repository.findByAccountIdAndDueOnBefore("a1", MAY_1.plusDays(34))).as("LSI1 in due-date order")
			.containsExactly(this.invoices.get(5), this.invoices.get(4));
	}

	@Test
	void filtersNonKeyPredicatesHonouringTopAndScansOnlyWhereAllowed() {
		assertThat(this.repository.findByAccountIdAndAmountGreaterThan("a1", new BigDecimal("13")))
			.containsExactly(this.invoices.get(4), this.invoices.get(5));
		assertThat(this.repository.findTop2ByAccountIdAndStateOrderByIssuedOnDesc("a1", State.OPEN))
			.containsExactly(this.invoices.get(5), this.invoices.get(4));
		assertThat(this.repository.findTop2ByAccountIdAndStateOrderByIssuedOnDesc("a1", State.PAID))
			.containsExactly(this.invoices.get(2));
		assertThat(this.repository.findByAmountGreaterThan(new BigDecimal("14"))).extracting(Invoice::invoiceId)
			.containsExactlyInAnyOrder("i5", "x");
	}

	@Test
	void projectsIntoInterfacesAndRecords() {
		assertThat(this.repository.findSummariesByAccountIdOrderByIssuedOnDesc("a1"))
			.extracting(InvoiceSummary::getInvoiceId, InvoiceSummary::getState)
			.startsWith(Tuple.tuple("i5", State.OPEN), Tuple.tuple("i4", State.OPEN), Tuple.tuple("i3", State.OPEN),
					Tuple.tuple("i2", State.PAID))
			.hasSize(6);
		assertThat(this.repository.findRefByInvoiceId("i2")).contains(new InvoiceRef("i2", new BigDecimal("12")));
	}

	private static <T> List<T> reversed(List<T> list) {
		List<T> copy = new ArrayList<>(list);
		Collections.reverse(copy);
		return copy;
	}

}
