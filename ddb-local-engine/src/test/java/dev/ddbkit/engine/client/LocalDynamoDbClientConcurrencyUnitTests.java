package dev.ddbkit.engine.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.EngineSettings;
import dev.ddbkit.engine.Engines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import static dev.ddbkit.engine.client.Tables.ORDERS;
import static dev.ddbkit.engine.client.Tables.n;
import static org.assertj.core.api.Assertions.assertThat;

// Single-item operations are linearizable: a conditional write decides on the item as it
// is at the moment of the write, so optimistic-locking races between real threads lose no
// update (Developer Guide, "Condition expressions"; "Read consistency").
class LocalDynamoDbClientConcurrencyUnitTests {

	private static final int THREADS = 8;

	private static final int UPDATES_PER_THREAD = 200;

	// Throughput is not what these tests pin: thousands of updates of one item within a
	// second would exceed one
	// partition's 1,000 WCU per second in DynamoDB too, so capacity is not enforced here.
	private final DynamoEngine engine = Engines.unenforced();

	private final DynamoDbClient client = this.engine.client();

	private final ExecutorService executor = Executors.newFixedThreadPool(THREADS);

	@BeforeEach
	void createTable() {
		Tables.createOrders(this.client);
		this.client.putItem((request) -> request.tableName(ORDERS)
			.item(Map.of("PK", Tables.s("counter"), "SK", Tables.s("A"), "version", n("0"), "hits", n("0"))));
	}

	@AfterEach
	void close() throws InterruptedException {
		this.executor.shutdownNow();
		this.executor.awaitTermination(10, TimeUnit.SECONDS);
		this.engine.close();
	}

	@Test
	void versionCheckedUpdatesFromManyThreadsLoseNothing() throws Exception {
		List<Callable<Integer>> tasks = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			tasks.add(this::incrementWithVersionCheck);
		}
		for (Future<Integer> future : this.executor.invokeAll(tasks)) {
			future.get();
		}
		Map<String, AttributeValue> item = this.client
			.getItem((request) -> request.tableName(ORDERS).key(Tables.key("counter", "A")))
			.item();
		assertThat(item.get("version")).isEqualTo(n(Integer.toString(THREADS * UPDATES_PER_THREAD)));
	}

	@Test
	void atomicCounterUpdatesFromManyThreadsLoseNothing() throws Exception {
		List<Callable<Integer>> tasks = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			tasks.add(() -> {
				for (int i = 0; i < UPDATES_PER_THREAD; i++) {
					this.client.updateItem(UpdateItemRequest.builder()
						.tableName(ORDERS)
						.key(Tables.key("counter", "A"))
						.updateExpression("SET hits = hits + :one")
						.expressionAttributeValues(Map.of(":one", n("1")))
						.build());
				}
				return 0;
			});
		}
		for (Future<Integer> future : this.executor.invokeAll(tasks)) {
			future.get();
		}
		Map<String, AttributeValue> item = this.client
			.getItem((request) -> request.tableName(ORDERS).key(Tables.key("counter", "A")))
			.item();
		assertThat(item.get("hits")).isEqualTo(n(Integer.toString(THREADS * UPDATES_PER_THREAD)));
	}

	private int incrementWithVersionCheck() {
		int conflicts = 0;
		int done = 0;
		while (done < UPDATES_PER_THREAD) {
			String version = this.client
				.getItem((request) -> request.tableName(ORDERS).key(Tables.key("counter", "A")).consistentRead(true))
				.item()
				.get("version")
				.n();
			try {
				this.client.updateItem(UpdateItemRequest.builder()
					.tableName(ORDERS)
					.key(Tables.key("counter", "A"))
					.updateExpression("SET version = :next")
					.conditionExpression("version = :current")
					.expressionAttributeValues(
							Map.of(":current", n(version), ":next", n(Long.toString(Long.parseLong(version) + 1))))
					.build());
				done++;
			}
			catch (ConditionalCheckFailedException ex) {
				conflicts++;
			}
		}
		return conflicts;
	}

}
