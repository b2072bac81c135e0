package dev.ddbkit.it.mapping;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.ddbkit.it.backend.EveryBackend;
import dev.ddbkit.it.mapping.domain.Account;
import dev.ddbkit.it.mapping.domain.Invoice;
import dev.ddbkit.it.mapping.domain.Invoice.State;
import dev.ddbkit.it.mapping.domain.Tally;
import dev.ddbkit.mapping.DynamoTransactionCanceledException;
import dev.ddbkit.mapping.DynamoTransactionCanceledException.Reason;
import dev.ddbkit.mapping.core.DynamoTemplate;
import dev.ddbkit.mapping.core.DynamoTransaction;
import dev.ddbkit.mapping.core.DynamoUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Typed write transactions across entity types: all actions apply or none, cancellations
 * carry each action's reason, stale versions and taken keys map to Spring's exceptions.
 */
@EveryBackend
class TemplateTransactionIntegrationTests {

	private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);

	private DynamoTemplate template;

	@BeforeEach
	void createTable(DynamoDbClient ddb) {
		this.template = MappedTables.template(ddb, Account.class, Invoice.class, Tally.class);
		this.template.save(new Tally("invoices", 0, null, null));
	}

	@Test
	void appliesEveryActionAcrossEntityTypesAndReturnsTheNewVersions() {
		this.template.save(new Account("a1", "Ana", "gold"));
		Invoice obsolete = this.template.save(Invoice.of("a1", "i0", MAY_1, State.VOID, "1"));
		List<Object> written = this.template.transact(DynamoTransaction.create()
			.insert(Invoice.of("a1", "i1", MAY_1, State.OPEN, "10"))
			.update(Tally.class, "invoices", DynamoUpdate.create().increment("count", 1))
			.delete(obsolete)
			.conditionCheck(Account.class, "a1", "#tier = :tier", Map.of(":tier", "gold")));
		assertThat(written).singleElement()
			.isInstanceOfSatisfying(Invoice.class, (invoice) -> assertThat(invoice.version()).isEqualTo(1L));
		Invoice inserted = (Invoice) written.get(0);
		assertThat(this.template.findById(Invoice.class, inserted.key(), true)).contains(inserted);
		assertThat(this.template.findById(Invoice.class, obsolete.key(), true)).isEmpty();
		Tally tally = this.template.findById(Tally.class, "invoices", true).orElseThrow();
		assertThat(tally.count()).isEqualTo(1);
		assertThat(tally.version()).isEqualTo(2L);
	}

	@Test
	void cancelsEverythingAndReportsEachActionsReason() {
		assertThatExceptionOfType(DynamoTransactionCanceledException.class)
			.isThrownBy(() -> this.template.transact(DynamoTransaction.create()
				.insert(Invoice.of("a1", "i1", MAY_1, State.OPEN, "10"))
				.update(Tally.class, "invoices", DynamoUpdate.create().increment("count", 1))
				.conditionCheck(Account.class, "nobody", "attribute_exists(PK)", Map.of())))
			.satisfies((ex) -> assertThat(ex.getReasons()).extracting(Reason::code)
				.containsExactly("None", "None", "ConditionalCheckFailed"))
			.satisfies((ex) -> assertThat(ex.getReasons().get(2).action())
				.isEqualTo("CONDITION_CHECK Account {PK=ACCOUNT#nobody, SK=PROFILE}"));
		assertThat(this.template.findById(Tally.class, "invoices", true).orElseThrow().count()).isZero();
		assertThat(this.template.findById(Invoice.class,
				Map.of("accountId", "a1", "issuedOn", MAY_1, "invoiceId", "i1"), true))
			.isEmpty();
	}

	@Test
	void mapsAStaleVersionToOptimisticLockingAndATakenKeyToDuplicateKey() {
		Account saved = this.template.save(new Account("a1", "Ana", "free"));
		this.template.save(saved.withTier("gold"));
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> this.template.transact(DynamoTransaction.create().put(saved.withTier("silver"))))
			.withMessageContaining("PUT Account {PK=ACCOUNT#a1, SK=PROFILE} expecting version 1")
			.withCauseInstanceOf(DynamoTransactionCanceledException.class);
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.template.transact(DynamoTransaction.create().insert(new Account("a1", "B", "x"))))
			.withMessageContaining("INSERT Account {PK=ACCOUNT#a1, SK=PROFILE}");
		assertThat(this.template.findById(Account.class, "a1", true)).map(Account::tier).contains("gold");
	}

	@Test
	void refusesMoreThanAHundredActionsBeforeCallingDynamoDb() {
		DynamoTransaction transaction = DynamoTransaction.create();
		for (int i = 0; i < 101; i++) {
			transaction.deleteById(Account.class, "a" + i);
		}
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.template.transact(transaction))
			.withMessage("A transaction takes 1 to 100 actions, got 101");
	}

}
