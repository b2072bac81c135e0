package dev.ddbkit.it.mapping;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import dev.ddbkit.autoconfigure.test.DynamoTestClock;
import dev.ddbkit.it.backend.DynamoBackend;
import dev.ddbkit.it.backend.DynamoCapability;
import dev.ddbkit.it.backend.EveryBackend;
import dev.ddbkit.it.backend.ProductionInstance;
import dev.ddbkit.it.backend.RequiresCapability;
import dev.ddbkit.it.mapping.domain.Account;
import dev.ddbkit.it.mapping.domain.Invoice;
import dev.ddbkit.it.mapping.domain.Invoice.State;
import dev.ddbkit.mapping.DynamoBatchIncompleteException;
import dev.ddbkit.mapping.DynamoBatchIncompleteException.UnprocessedKey;
import dev.ddbkit.mapping.core.DynamoBatchPolicy;
import dev.ddbkit.mapping.core.DynamoTemplate;
import dev.ddbkit.mapping.query.DynamoQuery;
import dev.ddbkit.mapping.schema.DynamoMappingContext;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the template meets in production and emulators do not reproduce: throttled batches
 * (Developer Guide, "Throughput capacity": 300 seconds of burst, then the provisioned
 * rate) and GSIs that catch up after the write (Developer Guide, "Global secondary
 * indexes": eventually consistent). Runs only on backends with
 * {@link DynamoCapability#THROTTLES} / {@link DynamoCapability#GSI_LAG}, each test on a
 * private instance moved by a manual clock; elsewhere it is reported as skipped.
 */
@EveryBackend
class ProductionBehaviourIntegrationTests {

	private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);

	/** About 4 KB, so every account costs 4 write units. */
	private static final String LARGE_NAME = "x".repeat(3_900);

	private final DynamoBackend backend;

	private final DynamoTestClock clock = new DynamoTestClock(Instant.parse("2026-01-01T00:00:00Z"));

	private final List<Duration> waits = new ArrayList<>();

	ProductionBehaviourIntegrationTests(DynamoBackend backend) {
		this.backend = backend;
	}

	@Test
	@RequiresCapability(DynamoCapability.GSI_LAG)
	void aGlobalIndexMissesAFreshWriteUntilItCatchesUpWhileTheTableAndLocalIndexHaveIt() throws Exception {
		try (ProductionInstance instance = this.backend.startProductionInstance(this.clock, Duration.ofSeconds(2))) {
			DynamoTemplate template = MappedTables.template(instance.client(), Invoice.class);
			Invoice saved = template.save(Invoice.of("a1", "i1", MAY_1, State.OPEN, "10"));
			DynamoQuery<Invoice> byId = DynamoQuery.builder(Invoice.class)
				.index("GSI2")
				.where("invoiceId", "i1")
				.build();
			DynamoQuery<Invoice> byDueDate = DynamoQuery.builder(Invoice.class)
				.index("LSI1")
				.where("accountId", "a1")
				.consistentRead(true)
				.build();
			assertThat(template.findById(Invoice.class, saved.key(), true)).contains(saved);
			assertThat(template.query(byDueDate).items()).as("LSIs are updated with the table").containsExactly(saved);
			assertThat(template.query(byId).items()).as("GSI right after the write").isEmpty();
			this.clock.advance(Duration.ofSeconds(2));
			assertThat(template.query(byId).items()).containsExactly(saved);
		}
	}

	@Test
	@RequiresCapability(DynamoCapability.THROTTLES)
	void aThrottledBatchFinishesByRetryingUnprocessedItemsWithBackoff() throws Exception {
		try (ProductionInstance instance = this.backend.startProductionInstance(this.clock, Duration.ZERO)) {
			DynamoTemplate template = oneUnitTable(instance, 30, true);
			List<Account> saved = template.batchSave(largeAccounts(100));
			assertThat(saved).hasSize(100);
			assertThat(this.waits).as("throttled: 400 write units at 1 unit per second").isNotEmpty();
			this.clock.advance(Duration.ofHours(1));
			assertThat(template.batchGet(Account.class, ids(100))).extracting(Account::accountId)
				.containsExactlyElementsOf(ids(100));
		}
	}

	@Test
	@RequiresCapability(DynamoCapability.THROTTLES)
	void aThrottledBatchWhoseBudgetRunsOutReportsEveryUnprocessedKey() throws Exception {
		try (ProductionInstance instance = this.backend.startProductionInstance(this.clock, Duration.ZERO)) {
			DynamoTemplate template = oneUnitTable(instance, 2, false);
			// 200 seconds of unused capacity build burst for about half of the 400 units.
			this.clock.advance(Duration.ofSeconds(200));
			Set<String> unprocessed = new HashSet<>();
			assertThatExceptionOfType(DynamoBatchIncompleteException.class)
				.isThrownBy(() -> template.batchSave(largeAccounts(100)))
				.withMessageContaining("requests unprocessed after 2 attempts per chunk")
				.satisfies((ex) -> ex.getUnprocessed()
					.stream()
					.map(UnprocessedKey::key)
					.forEach((key) -> unprocessed.add(key.get("PK").substring("ACCOUNT#".length()))));
			assertThat(unprocessed).isNotEmpty().hasSizeLessThan(100);
			this.clock.advance(Duration.ofHours(1));
			template.setBatchPolicy(policy(30, true));
			List<String> stored = template.batchGet(Account.class, ids(100)).stream().map(Account::accountId).toList();
			assertThat(stored).doesNotContainAnyElementsOf(unprocessed);
			assertThat(stored.size() + unprocessed.size()).as("every key either stored or reported").isEqualTo(100);
		}
	}

	/**
	 * A template on a provisioned table of 1 read and 1 write unit per second whose
	 * batches wait on the manual clock (or only record their waits).
	 */
	private DynamoTemplate oneUnitTable(ProductionInstance instance, int attempts, boolean advanceClock) {
		DynamoMappingContext context = MappedTables.unpublished(Account.class);
		CreateTableRequest request = context.createTableRequests()
			.get(0)
			.toBuilder()
			.billingMode(BillingMode.PROVISIONED)
			.provisionedThroughput((throughput) -> throughput.readCapacityUnits(1L).writeCapacityUnits(1L))
			.build();
		MappedTables.create(instance.client(), request);
		DynamoTemplate template = new DynamoTemplate(instance.client(), context);
		template.setBatchPolicy(policy(attempts, advanceClock));
		return template;
	}

	/**
	 * Backoff from 1 s to 32 s, always the full ceiling (no jitter) for a reproducible
	 * run.
	 */
	private DynamoBatchPolicy policy(int attempts, boolean advanceClock) {
		return new DynamoBatchPolicy(attempts, Duration.ofSeconds(1), Duration.ofSeconds(32), (wait) -> {
			this.waits.add(wait);
			if (advanceClock) {
				this.clock.advance(wait);
			}
		}, (bound) -> bound);
	}

	private static List<Account> largeAccounts(int count) {
		return ids(count).stream().map((id) -> new Account(id, LARGE_NAME, "free")).toList();
	}

	private static List<String> ids(int count) {
		return IntStream.range(0, count).mapToObj((i) -> "a" + i).toList();
	}

}
