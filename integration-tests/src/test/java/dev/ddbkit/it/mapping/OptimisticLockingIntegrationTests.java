package dev.ddbkit.it.mapping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.ddbkit.it.backend.EveryBackend;
import dev.ddbkit.it.mapping.domain.Account;
import dev.ddbkit.it.mapping.domain.Invoice;
import dev.ddbkit.it.mapping.domain.Invoice.State;
import dev.ddbkit.it.mapping.domain.Tally;
import dev.ddbkit.mapping.core.DynamoTemplate;
import dev.ddbkit.mapping.core.DynamoUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Optimistic locking on save, update and delete: the written entity carries its new
 * version, a stale one fails naming entity, key and version, and racing writers lose no
 * update.
 */
@EveryBackend
class OptimisticLockingIntegrationTests {

	private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);

	private DynamoTemplate template;

	@BeforeEach
	void createTable(DynamoDbClient ddb) {
		this.template = MappedTables.template(ddb, Account.class, Invoice.class, Tally.class);
	}

	@Test
	void saveReturnsTheNewVersionAndRejectsAStaleOne() {
		Account first = this.template.save(new Account("a1", "Ana", "free"));
		Account second = this.template.save(first.withTier("gold"));
		assertThat(first.version()).isEqualTo(1L);
		assertThat(second.version()).isEqualTo(2L);
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> this.template.save(first.withTier("stale")))
			.withMessageContaining("Account")
			.withMessageContaining("PK=ACCOUNT#a1")
			.withMessageContaining("expected stored version 1");
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.as("a new entity over an existing item is a conflict too")
			.isThrownBy(() -> this.template.save(new Account("a1", "Other", "free")));
		assertThat(this.template.findById(Account.class, "a1", true)).contains(second);
	}

	@Test
	void updateAndDeleteCheckTheExpectedVersion() {
		Invoice saved = this.template.save(Invoice.of("a1", "i1", MAY_1, State.OPEN, "10"));
		Invoice paid = this.template.update(Invoice.class, saved.key(),
				DynamoUpdate.create().set("state", State.PAID).expectVersion(1));
		assertThat(paid.version()).isEqualTo(2L);
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> this.template.update(Invoice.class, saved.key(),
					DynamoUpdate.create().set("state", State.VOID).expectVersion(1)))
			.withMessageContaining("Invoice with key {PK=ACCOUNT#a1, SK=INVOICE#2024-05-01#i1}")
			.withMessageContaining("expected stored version 1");
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> this.template.delete(saved))
			.withMessageContaining("expected stored version 1");
		assertThat(this.template.findById(Invoice.class, saved.key(), true)).contains(paid);
		this.template.delete(paid);
		assertThat(this.template.findById(Invoice.class, saved.key(), true)).isEmpty();
		assertThatExceptionOfType(OptimisticLockingFailureException.class).as("a versioned delete of a gone item")
			.isThrownBy(() -> this.template.delete(paid));
	}

	@Test
	void racingIncrementsUnderVersionChecksLoseNoUpdate() throws Exception {
		this.template.save(new Tally("hits", 0, null, null));
		int threads = 4;
		int increments = 10;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				futures.add(pool.submit(() -> {
					for (int i = 0; i < increments; i++) {
						incrementOnce();
					}
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		Tally result = this.template.findById(Tally.class, "hits", true).orElseThrow();
		assertThat(result.count()).isEqualTo(threads * increments);
		assertThat(result.version()).isEqualTo(threads * increments + 1L);
	}

	/** Reads, increments and saves until the save wins; a lost race reads again. */
	private void incrementOnce() {
		while (true) {
			Tally current = this.template.findById(Tally.class, "hits", true).orElseThrow();
			try {
				this.template.save(current.incremented());
				return;
			}
			catch (OptimisticLockingFailureException ex) {
				// another thread saved first
			}
		}
	}

}
