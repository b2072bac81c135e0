package dev.ddbkit.it.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import dev.ddbkit.it.backend.EveryBackend;
import dev.ddbkit.it.mapping.domain.Account;
import dev.ddbkit.mapping.core.DynamoBatchResult;
import dev.ddbkit.mapping.core.DynamoTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.dao.InvalidDataAccessApiUsageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Batch writes in chunks of 25 and reads in chunks of 100 (API BatchWriteItem,
 * BatchGetItem), duplicate keys merged, results in the caller's order. Throttled batches
 * are pinned where throttling exists, in {@link ProductionBehaviourIntegrationTests}.
 */
@EveryBackend
class TemplateBatchIntegrationTests {

	private final DynamoDbClient ddb;

	private RecordingClient recording;

	private DynamoTemplate template;

	TemplateBatchIntegrationTests(DynamoDbClient ddb) {
		this.ddb = ddb;
	}

	@BeforeEach
	void createTable() {
		this.recording = new RecordingClient(this.ddb);
		this.template = new DynamoTemplate(this.recording.client(), MappedTables.context(this.ddb, Account.class));
	}

	@Test
	void writesInChunksOf25AndReadsInChunksOf100InTheCallersOrder() {
		List<Account> saved = this.template.batchSave(accounts(130));
		assertThat(saved).hasSize(130).allMatch((account) -> account.version() == 1L);
		List<String> ids = new ArrayList<>(IntStream.range(0, 130).mapToObj((i) -> "a" + i).toList());
		Collections.reverse(ids);
		ids.add(7, "missing");
		List<Account> read = this.template.batchGet(Account.class, ids);
		assertThat(read).extracting(Account::accountId)
			.containsExactlyElementsOf(ids.stream().filter((id) -> !id.equals("missing")).toList());
		assertThat(read).allMatch((account) -> account.version() == 1L);
		assertThat(this.recording.batches()).containsExactly("BatchWriteItem 25", "BatchWriteItem 25",
				"BatchWriteItem 25", "BatchWriteItem 25", "BatchWriteItem 25", "BatchWriteItem 5", "BatchGetItem 100",
				"BatchGetItem 31");
	}

	@Test
	void reportsWhatABatchWriteTook() {
		DynamoBatchResult result = this.template.batchWrite(accounts(30));
		assertThat(result.itemsWritten()).isEqualTo(30);
		assertThat(result.requests()).isEqualTo(2);
		assertThat(result.retries()).isZero();
		assertThat(result.throttles()).isZero();
		assertThat(result.consumedWriteCapacityUnits()).as("one unit per item of at most 1 KB").isEqualTo(30.0);
		assertThat(this.recording.batches()).containsExactly("BatchWriteItem 25", "BatchWriteItem 5");
	}

	@Test
	void mergesDuplicateKeysKeepingTheLastWrite() {
		this.template.batchSave(List.of(new Account("a1", "first", "free"), new Account("a2", "Bia", "free"),
				new Account("a1", "last", "gold")));
		assertThat(this.template.findById(Account.class, "a1", true)).map(Account::name).contains("last");
		assertThat(this.recording.batches()).containsExactly("BatchWriteItem 2");
		assertThat(this.template.batchGet(Account.class, List.of("a2", "a2", "a1"))).as("one read per distinct key")
			.extracting(Account::name)
			.containsExactly("Bia", "last");
	}

	@Test
	void deletesInBatchesWithoutVersionChecks() {
		this.template.batchSave(accounts(30));
		this.template.batchDelete(Account.class, IntStream.range(0, 28).mapToObj((i) -> "a" + i).toList());
		assertThat(this.template.batchGet(Account.class, List.of("a0", "a27", "a28", "a29")))
			.extracting(Account::accountId)
			.containsExactly("a28", "a29");
	}

	@Test
	void refusesVersionedEntitiesThatAreNotNewBecauseBatchesCarryNoConditions() {
		Account stored = this.template.save(new Account("a1", "Ana", "free"));
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.template.batchSave(List.of(stored.withTier("gold"))))
			.withMessageContaining(
					"batchSave cannot check versions: Account {PK=ACCOUNT#a1, SK=PROFILE} has version 1");
		assertThat(this.recording.batches()).isEmpty();
	}

	private static List<Account> accounts(int count) {
		return IntStream.range(0, count).mapToObj((i) -> new Account("a" + i, "name " + i, "free")).toList();
	}

}
