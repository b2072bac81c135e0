package dev.ddbkit.it.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import dev.ddbkit.it.backend.EveryBackend;
import dev.ddbkit.it.mapping.domain.Account;
import dev.ddbkit.it.mapping.domain.Invoice;
import dev.ddbkit.it.mapping.domain.Invoice.State;
import dev.ddbkit.mapping.core.DynamoTemplate;
import dev.ddbkit.mapping.query.DynamoPage;
import dev.ddbkit.mapping.query.DynamoQuery;
import dev.ddbkit.mapping.query.FilterCriterion;
import dev.ddbkit.mapping.query.FilterOperator;
import dev.ddbkit.mapping.query.SortCriterion;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.dao.InvalidDataAccessApiUsageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Queries through {@link DynamoTemplate}: key conditions compiled from the templates on
 * the table, a GSI and an LSI, filters that keep filling the limit across DynamoDB pages,
 * cursors, lazy streams, counts and explicit scans.
 */
@EveryBackend
class TemplateQueryIntegrationTests {

	private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);

	private DynamoTemplate template;

	/** Seven invoices of account a1, one per day from May 1, in sort key order. */
	private List<Invoice> invoices = List.of();

	@BeforeEach
	void saveInvoices(DynamoDbClient ddb) {
		this.template = MappedTables.template(ddb, Account.class, Invoice.class);
		this.template.save(new Account("a1", "Ana", "gold"));
		List<Invoice> saved = new ArrayList<>();
		for (int day = 0; day < 7; day++) {
			State state = (day % 3 == 0) ? State.PAID : State.OPEN;
			Invoice invoice = Invoice.of("a1", "i" + day, MAY_1.plusDays(day), state, Integer.toString(10 * day))
				.withDueOn(MAY_1.plusDays(60 - 5L * day));
			saved.add(this.template.save(invoice));
		}
		this.template.save(Invoice.of("a2", "x", MAY_1, State.OPEN, "99"));
		this.invoices = List.copyOf(saved);
	}

	@Test
	void queriesOnePartitionForOneTypeInBothDirections() {
		assertThat(query(null).items()).containsExactlyElementsOf(this.invoices);
		assertThat(this.template.query(account().descending().build()).items())
			.containsExactlyElementsOf(reversed(this.invoices));
	}

	@Test
	void compilesRangesOnTheLeadingComponentOfACompositeSortKey() {
		assertThat(query(SortCriterion.between("issuedOn", MAY_1.plusDays(1), MAY_1.plusDays(3))).items())
			.containsExactlyElementsOf(this.invoices.subList(1, 4));
		assertThat(query(SortCriterion.greaterThan("issuedOn", MAY_1.plusDays(4))).items())
			.containsExactlyElementsOf(this.invoices.subList(5, 7));
		assertThat(query(SortCriterion.greaterThanOrEqual("issuedOn", MAY_1.plusDays(4))).items())
			.containsExactlyElementsOf(this.invoices.subList(4, 7));
		assertThat(query(SortCriterion.lessThan("issuedOn", MAY_1.plusDays(2))).items())
			.containsExactlyElementsOf(this.invoices.subList(0, 2));
		assertThat(query(SortCriterion.lessThanOrEqual("issuedOn", MAY_1.plusDays(2))).items())
			.containsExactlyElementsOf(this.invoices.subList(0, 3));
		assertThat(query(SortCriterion.beginsWith("issuedOn", "2024-05-0")).items())
			.containsExactlyElementsOf(this.invoices);
		assertThat(query(SortCriterion.between("issuedOn", MAY_1.plusDays(3), MAY_1.plusDays(1))).items())
			.as("an empty range")
			.isEmpty();
	}

	@Test
	void pagesWithALimitAndAnOpaqueCursorUntilThePartitionEnds() {
		DynamoQuery<Invoice> newestFirst = account().descending().limit(3).build();
		List<Invoice> paged = new ArrayList<>();
		List<Integer> sizes = new ArrayList<>();
		String cursor = null;
		do {
			DynamoPage<Invoice> page = this.template.query(newestFirst.toBuilder().cursor(cursor).build());
			paged.addAll(page.items());
			sizes.add(page.items().size());
			cursor = page.nextCursor();
		}
		while (cursor != null);
		assertThat(paged).containsExactlyElementsOf(reversed(this.invoices));
		assertThat(sizes).startsWith(3, 3).endsWith(1);
		try (Stream<Invoice> stream = this.template.stream(account().limit(5).build())) {
			assertThat(stream).containsExactlyElementsOf(this.invoices.subList(0, 5));
		}
	}

	@Test
	void queriesAGlobalIndexAcrossPartitionsAndRefusesConsistentReadsThere() {
		Invoice other = this.template.save(Invoice.of("a3", "z", MAY_1.plusDays(2), State.PAID, "5"));
		DynamoQuery<Invoice> paid = DynamoQuery.builder(Invoice.class).index("GSI1").where("state", State.PAID).build();
		assertThat(this.template.query(paid).items()).containsExactly(this.invoices.get(0), other, this.invoices.get(3),
				this.invoices.get(6));
		assertThat(this.template
			.query(paid.toBuilder().sortKey(SortCriterion.greaterThanOrEqual("issuedOn", MAY_1.plusDays(3))).build())
			.items()).containsExactly(this.invoices.get(3), this.invoices.get(6));
		assertThat(
				this.template.query(DynamoQuery.builder(Invoice.class).index("GSI2").where("invoiceId", "i4").build())
					.items())
			.containsExactly(this.invoices.get(4));
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.template.query(paid.toBuilder().consistentRead(true).build()))
			.withMessageContaining("Consistent reads are not supported on global secondary index GSI1");
	}

	@Test
	void queriesALocalIndexInItsOwnSortOrderWithConsistentReads() {
		DynamoQuery<Invoice> byDueDate = DynamoQuery.builder(Invoice.class)
			.index("LSI1")
			.where("accountId", "a1")
			.consistentRead(true)
			.build();
		assertThat(this.template.query(byDueDate).items()).containsExactlyElementsOf(reversed(this.invoices));
		assertThat(this.template
			.query(byDueDate.toBuilder().sortKey(SortCriterion.lessThan("dueOn", MAY_1.plusDays(50))).build())
			.items()).containsExactlyElementsOf(reversed(this.invoices.subList(3, 7)));
	}

	@Test
	void filtersNonKeyAttributesAndKeepsFillingTheLimitAcrossPages() {
		DynamoQuery<Invoice> openAndLarge = account()
			.filter(FilterCriterion.of("amount", FilterOperator.GREATER_THAN, 15))
			.filter(FilterCriterion.of("state", FilterOperator.IN, List.of(State.OPEN)))
			.limit(2)
			.build();
		DynamoPage<Invoice> first = this.template.query(openAndLarge);
		assertThat(first.items()).containsExactly(this.invoices.get(2), this.invoices.get(4));
		assertThat(this.template.query(openAndLarge.toBuilder().cursor(first.nextCursor()).build()).items())
			.containsExactly(this.invoices.get(5));
		assertThat(this.template.count(openAndLarge)).as("count ignores the limit").isEqualTo(3);
	}

	@Test
	void readsProjectionsOfOnlyTheirAttributes() {
		assertThat(this.template.query(account().descending().limit(2).build(), Amount.class).items())
			.containsExactly(new Amount("i6", new BigDecimal("60")), new Amount("i5", new BigDecimal("50")));
		try (Stream<Amount> amounts = this.template.stream(account().build(), Amount.class)) {
			assertThat(amounts).extracting(Amount::invoiceId).containsExactly("i0", "i1", "i2", "i3", "i4", "i5", "i6");
		}
		assertThat(this.template.findById(Invoice.class, this.invoices.get(3).key(), Amount.class))
			.contains(new Amount("i3", new BigDecimal("30")));
	}

	@Test
	void countsAndScansOnlyTheRequestedType() {
		assertThat(this.template.count(account().build())).isEqualTo(7);
		assertThat(this.template.count(DynamoQuery.builder(Invoice.class).scanTable().build())).isEqualTo(8);
		try (Stream<Account> accounts = this.template.scan(Account.class)) {
			assertThat(accounts).extracting(Account::accountId).containsExactly("a1");
		}
		try (Stream<Invoice> paid = this.template.stream(DynamoQuery.builder(Invoice.class)
			.scanTable()
			.filter(FilterCriterion.of("state", FilterOperator.EQUAL, State.PAID))
			.build())) {
			assertThat(paid).containsExactlyInAnyOrder(this.invoices.get(0), this.invoices.get(3),
					this.invoices.get(6));
		}
	}

	/** A DTO projection: only these attributes are read. */
	record Amount(String invoiceId, BigDecimal amount) {
	}

	private DynamoQuery.Builder<Invoice> account() {
		return DynamoQuery.builder(Invoice.class).where("accountId", "a1");
	}

	private DynamoPage<Invoice> query(@Nullable SortCriterion criterion) {
		return this.template.query(account().sortKey(criterion).build());
	}

	private static <T> List<T> reversed(List<T> list) {
		List<T> copy = new ArrayList<>(list);
		Collections.reverse(copy);
		return copy;
	}

}
