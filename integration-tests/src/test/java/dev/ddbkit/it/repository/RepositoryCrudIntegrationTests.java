package dev.ddbkit.it.repository;

import java.time.LocalDate;
import java.util.List;

import dev.ddbkit.it.backend.EveryBackend;
import dev.ddbkit.it.mapping.MappedTables;
import dev.ddbkit.it.mapping.domain.Account;
import dev.ddbkit.it.mapping.domain.Invoice;
import dev.ddbkit.it.mapping.domain.Invoice.State;
import dev.ddbkit.it.mapping.domain.InvoiceKey;
import dev.ddbkit.mapping.core.DynamoTemplate;
import dev.ddbkit.mapping.repository.support.DynamoRepositoryFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The CRUD methods of repositories built by {@link DynamoRepositoryFactory}: composite
 * and single identifiers, versions, whole-table methods only with {@code @AllowScan}.
 */
@EveryBackend
class RepositoryCrudIntegrationTests {

	private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);

	private InvoiceRepository invoices;

	private AccountRepository accounts;

	@BeforeEach
	void createRepositories(DynamoDbClient ddb) {
		DynamoTemplate template = MappedTables.template(ddb, Account.class, Invoice.class);
		DynamoRepositoryFactory factory = new DynamoRepositoryFactory(template);
		this.invoices = factory.getRepository(InvoiceRepository.class);
		this.accounts = factory.getRepository(AccountRepository.class);
	}

	@Test
	void savesFindsAndDeletesByACompositeIdentifierUnderVersionChecks() {
		Invoice saved = this.invoices.save(Invoice.of("a1", "i1", MAY_1, State.OPEN, "10"));
		assertThat(saved.version()).isEqualTo(1L);
		assertThat(this.invoices.findById(new InvoiceKey("a1", MAY_1, "i1"))).contains(saved);
		assertThat(this.invoices.existsById(new InvoiceKey("a1", MAY_1, "i2"))).isFalse();
		Invoice paid = this.invoices.save(saved.withState(State.PAID));
		assertThat(paid.version()).isEqualTo(2L);
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> this.invoices.save(saved.withState(State.VOID)));
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> this.invoices.delete(saved));
		this.invoices.delete(paid);
		assertThat(this.invoices.findById(saved.key())).isEmpty();
	}

	@Test
	void scansTheWholeTableOnlyWhereTheRepositoryAllowsIt() {
		this.accounts.saveAll(List.of(new Account("a1", "Ana", "gold"), new Account("a2", "Bia", "free"),
				new Account("a3", "Caio", "gold")));
		this.invoices.save(Invoice.of("a1", "i1", MAY_1, State.OPEN, "10"));
		assertThat(this.accounts.count()).as("only items of type Account").isEqualTo(3);
		assertThat(this.accounts.findAllById(List.of("a3", "a9", "a1"))).extracting(Account::accountId)
			.containsExactlyInAnyOrder("a3", "a1");
		assertThat(this.accounts.findByTier("gold")).extracting(Account::accountId)
			.containsExactlyInAnyOrder("a1", "a3");
		this.accounts.deleteById("a2");
		assertThat(this.accounts.findAll()).extracting(Account::accountId).containsExactlyInAnyOrder("a1", "a3");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class).isThrownBy(() -> this.invoices.findAll())
			.withMessageContaining(
					"findAll() of Invoice would scan the whole table; annotate the repository with " + "@AllowScan");
	}

	@Test
	void deletesAndCountsByDerivedQuery() {
		for (int i = 0; i < 3; i++) {
			this.invoices.save(Invoice.of("a1", "i" + i, MAY_1.plusDays(i), State.OPEN, "10"));
		}
		this.invoices.save(Invoice.of("a2", "x", MAY_1, State.OPEN, "10"));
		assertThat(this.invoices.countByAccountId("a1")).isEqualTo(3);
		assertThat(this.invoices.deleteByAccountId("a1")).isEqualTo(3);
		assertThat(this.invoices.countByAccountId("a1")).isZero();
		assertThat(this.invoices.countByAccountId("a2")).isOne();
	}

}
