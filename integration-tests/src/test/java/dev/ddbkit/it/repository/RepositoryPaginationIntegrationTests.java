package dev.ddbkit.it.repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.ddbkit.it.backend.EveryBackend;
import dev.ddbkit.it.mapping.MappedTables;
import dev.ddbkit.it.mapping.domain.Invoice;
import dev.ddbkit.it.mapping.domain.Invoice.State;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Window;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paging through derived queries: slices by page request, keyset windows whose position
 * is DynamoDB's LastEvaluatedKey (on a GSI, so it carries index and table keys), and lazy
 * streams.
 */
@EveryBackend
class RepositoryPaginationIntegrationTests {

	private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);

	private InvoiceRepository repository;

	/** Seven open invoices of account a1 and one paid one of a2, in issue order. */
	private List<Invoice> open = List.of();

	@BeforeEach
	void saveInvoices(DynamoDbClient ddb) {
		this.repository = MappedTables.repository(ddb, InvoiceRepository.class, Invoice.class);
		List<Invoice> saved = new ArrayList<>();
		for (int day = 0; day < 7; day++) {
			saved.add(this.repository.save(Invoice.of("a1", "i" + day, MAY_1.plusDays(day), State.OPEN, "10")));
		}
		this.repository.save(Invoice.of("a2", "p", MAY_1.plusDays(3), State.PAID, "10"));
		this.open = List.copyOf(saved);
	}

	@Test
	void slicesAPartitionByPageRequest() {
		Slice<Invoice> first = this.repository.findByAccountId("a1", PageRequest.of(0, 3));
		assertThat(first.getContent()).containsExactlyElementsOf(this.open.subList(0, 3));
		assertThat(first.hasNext()).isTrue();
		Slice<Invoice> second = this.repository.findByAccountId("a1", first.nextPageable());
		assertThat(second.getContent()).containsExactlyElementsOf(this.open.subList(3, 6));
		Slice<Invoice> last = this.repository.findByAccountId("a1", PageRequest.of(2, 3));
		assertThat(last.getContent()).containsExactly(this.open.get(6));
		assertThat(last.hasNext()).isFalse();
	}

	@Test
	void scrollsAnIndexWithKeysetWindowsOfEverySize() {
		for (int size = 1; size <= 8; size++) {
			Limit limit = Limit.of(size);
			List<Window<Invoice>> windows = Windows
				.scroll((position) -> this.repository.findByStateOrderByIssuedOnAsc(State.OPEN, position, limit), 9);
			assertThat(Windows.contents(windows)).as("windows of %d", size).containsExactlyElementsOf(this.open);
		}
	}

	@Test
	void scrollsBackwardFromAnyWindowToThePreviousOne() {
		Function<ScrollPosition, Window<Invoice>> query = (position) -> this.repository
			.findByStateOrderByIssuedOnAsc(State.OPEN, position, Limit.of(3));
		List<Window<Invoice>> windows = Windows.scroll(query, 9);
		assertThat(windows).hasSize(3);
		Windows.assertBackwardReturnsEachPreviousWindow(windows, query);
		assertThat(this.repository
			.findByStateOrderByIssuedOnAsc(State.OPEN, ScrollPosition.keyset().backward(), Limit.of(2))
			.getContent()).as("backward from the end").containsExactlyElementsOf(this.open.subList(5, 7));
	}

	@Test
	void countsTheTotalOfAPageOnlyWhereTheMethodAllowsIt() {
		Page<Invoice> page = this.repository.findByState(State.OPEN, PageRequest.of(1, 3));
		assertThat(page.getContent()).containsExactlyElementsOf(this.open.subList(3, 6));
		assertThat(page.getTotalElements()).isEqualTo(7);
		assertThat(page.getTotalPages()).isEqualTo(3);
		assertThat(this.repository.findByState(State.PAID, PageRequest.of(0, 3)).getTotalElements()).isOne();
	}

	@Test
	void streamsAPartitionLazily() {
		try (Stream<Invoice> stream = this.repository.streamByAccountId("a1")) {
			assertThat(stream.limit(4)).containsExactlyElementsOf(this.open.subList(0, 4));
		}
		try (Stream<Invoice> stream = this.repository.streamByAccountId("a1")) {
			assertThat(stream).containsExactlyElementsOf(this.open);
		}
	}

}
