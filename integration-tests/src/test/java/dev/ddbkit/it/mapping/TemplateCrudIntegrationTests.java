package dev.ddbkit.it.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ddbkit.it.backend.EveryBackend;
import dev.ddbkit.it.mapping.domain.Account;
import dev.ddbkit.it.mapping.domain.Invoice;
import dev.ddbkit.it.mapping.domain.Invoice.Line;
import dev.ddbkit.it.mapping.domain.Invoice.State;
import dev.ddbkit.it.mapping.domain.Shelf;
import dev.ddbkit.it.mapping.domain.Tally;
import dev.ddbkit.mapping.DynamoConditionFailedException;
import dev.ddbkit.mapping.core.DynamoTemplate;
import dev.ddbkit.mapping.core.DynamoUpdate;
import dev.ddbkit.mapping.query.DynamoQuery;
import dev.ddbkit.mapping.query.FilterCriterion;
import dev.ddbkit.mapping.query.FilterOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Writes, reads, updates and deletes through {@link DynamoTemplate}: the items the key
 * templates render, type-safe reads, inserts that refuse existing keys and the update
 * builder applied server-side.
 */
@EveryBackend
class TemplateCrudIntegrationTests {

	private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);

	private final DynamoDbClient ddb;

	private DynamoTemplate template;

	TemplateCrudIntegrationTests(DynamoDbClient ddb) {
		this.ddb = ddb;
	}

	@BeforeEach
	void createTable() {
		this.template = MappedTables.template(this.ddb, Account.class, Invoice.class, Tally.class, Shelf.Slot.class);
	}

	@Test
	void savesARecordWithNestedValuesAndStoresTheKeysItsTemplatesRender() {
		Invoice invoice = new Invoice("a1", "i1", MAY_1, MAY_1.plusDays(30), State.OPEN, new BigDecimal("-12.50"),
				List.of(new Line("sku-1", 2), new Line("sku-2", 1)), Set.of("urgent", "eu"), null);
		Invoice saved = this.template.save(invoice);
		assertThat(saved.version()).isEqualTo(1L);
		// DynamoDB normalizes numbers (-12.50 is stored as -12.5), so amounts compare by
		// value.
		assertThat(this.template.findById(Invoice.class, saved.key(), true).orElseThrow()).usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(saved);
		Map<String, AttributeValue> item = rawItem("ACCOUNT#a1", "INVOICE#2024-05-01#i1");
		assertThat(item.get("_type").s()).isEqualTo("Invoice");
		assertThat(item.get("GSI1PK").s()).isEqualTo("STATE#OPEN");
		assertThat(item.get("GSI1SK").s()).isEqualTo("2024-05-01#i1");
		assertThat(item.get("GSI2PK").s()).isEqualTo("INVOICE#i1");
		assertThat(item.get("GSI2SK").s()).isEqualTo("INVOICE");
		assertThat(item.get("LSI1SK").s()).isEqualTo("DUE#2024-05-31#i1");
		assertThat(item.get("amount").n()).isEqualTo("-12.5");
		assertThat(item.get("tags").ss()).containsExactlyInAnyOrder("urgent", "eu");
		assertThat(item.get("lines").l()).hasSize(2);
	}

	@Test
	void leavesASparseIndexKeyOutWhenItsVariableIsNull() {
		this.template.save(Invoice.of("a1", "i1", MAY_1, State.OPEN, "10").withState(null));
		Map<String, AttributeValue> item = rawItem("ACCOUNT#a1", "INVOICE#2024-05-01#i1");
		assertThat(item).doesNotContainKeys("GSI1PK", "GSI1SK").containsKeys("GSI2PK", "LSI1SK");
		assertThat(this.template.findById(Invoice.class, new InvoiceIds("a1", MAY_1, "i1").map(), true)
			.orElseThrow()
			.state()).isNull();
	}

	@Test
	void insertRefusesAnExistingKeyWithDuplicateKey() {
		this.template.insert(new Account("a1", "Ana", "gold"));
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.template.insert(new Account("a1", "Bia", "free")))
			.withMessageContaining("Account with key {PK=ACCOUNT#a1, SK=PROFILE} already exists");
		assertThat(this.template.findById(Account.class, "a1", true)).map(Account::name).contains("Ana");
	}

	@Test
	void readsOnlyItemsOfTheRequestedTypeAndDeletesByIdentifier() {
		this.template.save(new Account("a1", "Ana", "gold"));
		this.template.save(Invoice.of("a1", "i1", MAY_1, State.OPEN, "10"));
		assertThat(this.template.findById(Account.class, "a2", true)).isEmpty();
		assertThat(this.template.findById(Account.class, "a1", true)).isPresent();
		assertThat(this.template.deleteById(Account.class, "a1")).isTrue();
		assertThat(this.template.deleteById(Account.class, "a1")).isFalse();
		assertThat(this.template.findById(Account.class, "a1", true)).isEmpty();
		assertThat(this.template.findById(Invoice.class, new InvoiceIds("a1", MAY_1, "i1").map(), true)).isPresent();
	}

	@Test
	void appliesCountersSetsListsAndSetIfAbsentServerSide() {
		Invoice saved = this.template.save(Invoice.of("a1", "i1", MAY_1, State.OPEN, "10"));
		Invoice updated = this.template.update(Invoice.class, saved.key(),
				DynamoUpdate.create()
					.increment("amount", new BigDecimal("2.25"))
					.append("lines", List.of(new Line("sku-9", 3)))
					.setIfAbsent("tags", Set.of("new")));
		assertThat(updated.amount()).isEqualByComparingTo("12.25");
		assertThat(updated.lines()).containsExactly(new Line("sku-1", 1), new Line("sku-9", 3));
		assertThat(updated.tags()).containsExactly("new");
		assertThat(updated.version()).isEqualTo(2L);
		Invoice added = this.template.update(Invoice.class, saved.key(),
				DynamoUpdate.create().add("tags", Set.of("late")));
		assertThat(added.tags()).containsExactlyInAnyOrder("new", "late");
		Invoice kept = this.template.update(Invoice.class, saved.key(),
				DynamoUpdate.create().setIfAbsent("tags", Set.of("ignored")));
		assertThat(kept.tags()).as("set-if-absent keeps a present value").containsExactlyInAnyOrder("new", "late");
		assertThat(kept.version()).isEqualTo(4L);
		assertThat(this.template.findById(Invoice.class, saved.key(), true)).contains(kept);
	}

	@Test
	void aTypedConditionGuardsAnUpdateTogetherWithTheVersionCheck() {
		Invoice saved = this.template.save(Invoice.of("a1", "i1", MAY_1, State.OPEN, "10"));
		DynamoUpdate pay = DynamoUpdate.create()
			.set("state", State.PAID)
			.condition(FilterCriterion.of("state", FilterOperator.EQUAL, State.OPEN));
		Invoice paid = this.template.update(Invoice.class, saved.key(), pay.expectVersion(1));
		assertThat(paid.state()).isEqualTo(State.PAID);
		assertThatExceptionOfType(DynamoConditionFailedException.class)
			.isThrownBy(() -> this.template.update(Invoice.class, saved.key(),
					DynamoUpdate.create()
						.set("state", State.VOID)
						.condition(FilterCriterion.of("state", FilterOperator.EQUAL, State.OPEN))
						.expectVersion(2)))
			.withMessage("Invoice with key {PK=ACCOUNT#a1, SK=INVOICE#2024-05-01#i1} was not updated: the stored "
					+ "item does not satisfy [state EQUAL [OPEN]]");
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.as("the condition holds but the version is stale")
			.isThrownBy(() -> this.template.update(Invoice.class, saved.key(),
					DynamoUpdate.create()
						.set("state", State.VOID)
						.condition(FilterCriterion.of("state", FilterOperator.EQUAL, State.PAID))
						.expectVersion(1)));
		assertThat(this.template.findById(Invoice.class, saved.key(), true)).contains(paid);
	}

	@Test
	void anUpsertCreatesAMissingItemWithItsTypeKeysAndCountersFromZero() {
		Tally first = this.template.update(Tally.class, "visits", DynamoUpdate.create().upsert().increment("count", 5));
		assertThat(first).isEqualTo(new Tally("visits", 5, null, 1L));
		Tally second = this.template.update(Tally.class, "visits",
				DynamoUpdate.create().upsert().increment("count", 2));
		assertThat(second).isEqualTo(new Tally("visits", 7, null, 2L));
		assertThat(rawItem("TALLY#visits", "Tally").get("_type").s()).isEqualTo("Tally");
		Invoice created = this.template.update(Invoice.class,
				Map.of("accountId", "a9", "issuedOn", MAY_1, "invoiceId", "i9"),
				DynamoUpdate.create().upsert().set("amount", BigDecimal.ONE));
		assertThat(created.amount()).isEqualByComparingTo("1");
		assertThat(
				this.template.query(DynamoQuery.builder(Invoice.class).index("GSI2").where("invoiceId", "i9").build())
					.items())
			.as("the index key its key fixes")
			.containsExactly(created);
	}

	@Test
	void updatingAnIndexKeyPropertyMovesTheItemBetweenIndexPartitions() {
		Invoice saved = this.template.save(Invoice.of("a1", "i1", MAY_1, State.OPEN, "10"));
		Invoice paid = this.template.update(Invoice.class, saved.key(), DynamoUpdate.create().set("state", State.PAID));
		assertThat(rawItem("ACCOUNT#a1", "INVOICE#2024-05-01#i1").get("GSI1PK").s()).isEqualTo("STATE#PAID");
		assertThat(byState(State.PAID)).containsExactly(paid);
		assertThat(byState(State.OPEN)).isEmpty();
		Invoice cleared = this.template.update(Invoice.class, saved.key(), DynamoUpdate.create().remove("state"));
		assertThat(cleared.state()).isNull();
		assertThat(byState(State.PAID)).as("removing the variable takes the item out of the sparse index").isEmpty();
	}

	@Test
	void updateRefusesAMissingItemAndKeyProperties() {
		assertThatExceptionOfType(DynamoConditionFailedException.class)
			.isThrownBy(() -> this.template.update(Account.class, "nobody", DynamoUpdate.create().set("tier", "x")))
			.withMessageContaining("no such item");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.template.update(Account.class, "a1", DynamoUpdate.create().set("accountId", "b")))
			.withMessageContaining("accountId is part of the table key of Account");
		assertThat(this.template.findById(Account.class, "nobody", true)).isEmpty();
	}

	@Test
	void storesTheTimeToLiveAsEpochSecondsAndPadsDeclaredNumbers() {
		Instant expiry = Instant.parse("2030-01-01T00:00:00Z");
		this.template.save(new Tally("t1", 3, expiry, null));
		Map<String, AttributeValue> item = rawItem("TALLY#t1", "Tally");
		assertThat(item.get("expiresAt").n()).isEqualTo(Long.toString(expiry.getEpochSecond()));
		assertThat(this.template.findById(Tally.class, "t1", true).orElseThrow().expiresAt()).isEqualTo(expiry);
		this.template.save(new Shelf.Slot("s1", 7, "pen"));
		assertThat(rawItem("SHELF#s1", "SLOT#007").get("product").s()).isEqualTo("pen");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.template.save(new Shelf.Slot("s1", 1000, "too far")))
			.withMessageContaining("slot = 1000 of ShelfSlot does not fit @KeyPadding(3)");
	}

	private List<Invoice> byState(State state) {
		return this.template.query(DynamoQuery.builder(Invoice.class).index("GSI1").where("state", state).build())
			.items();
	}

	private Map<String, AttributeValue> rawItem(String pk, String sk) {
		return this.ddb
			.getItem((request) -> request.tableName(this.template.getMappingContext().getDefaultTableName())
				.consistentRead(true)
				.key(Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk))))
			.item();
	}

	/** An invoice identifier as a map of property to value, the third identifier form. */
	private record InvoiceIds(String accountId, LocalDate issuedOn, String invoiceId) {

		Map<String, Object> map() {
			return Map.of("accountId", this.accountId, "issuedOn", this.issuedOn, "invoiceId", this.invoiceId);
		}

	}

}
