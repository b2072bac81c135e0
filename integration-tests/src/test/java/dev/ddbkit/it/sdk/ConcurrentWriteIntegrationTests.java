package dev.ddbkit.it.sdk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.ddbkit.it.backend.EveryBackend;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static dev.ddbkit.it.sdk.Attributes.item;
import static dev.ddbkit.it.sdk.Attributes.n;
import static dev.ddbkit.it.sdk.Attributes.s;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single-item writes are linearizable: optimistic version checks from many threads lose
 * no update (DG "Condition expressions", "Optimistic locking with version number").
 */
@EveryBackend
class ConcurrentWriteIntegrationTests {

	private static final int THREADS = 8;

	private static final int INCREMENTS_PER_THREAD = 25;

	private final DynamoDbClient ddb;

	ConcurrentWriteIntegrationTests(DynamoDbClient ddb) {
		this.ddb = ddb;
	}

	@Test
	void losesNoUpdateWhenThreadsRaceOnAVersionCheck() throws Exception {
		// Each thread reads the counter, then writes counter+1 on condition that the
		// version is unchanged, and
		// retries on ConditionalCheckFailedException: the final count is exactly the
		// number of increments.
		String table = TestTable.hash("pk", ScalarAttributeType.S).create(this.ddb);
		this.ddb.putItem((request) -> request.tableName(table).item(item("pk", s("c"), "count", n(0), "v", n(0))));
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<Integer>> conflicts = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				conflicts.add(pool.submit(() -> increment(table)));
			}
			for (Future<Integer> conflict : conflicts) {
				conflict.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		var counter = this.ddb
			.getItem((request) -> request.tableName(table).key(item("pk", s("c"))).consistentRead(true))
			.item();
		assertThat(counter.get("count").n()).isEqualTo(String.valueOf(THREADS * INCREMENTS_PER_THREAD));
		assertThat(counter.get("v").n()).isEqualTo(String.valueOf(THREADS * INCREMENTS_PER_THREAD));
	}

	private int increment(String table) {
		int conflicts = 0;
		for (int done = 0; done < INCREMENTS_PER_THREAD;) {
			var current = this.ddb
				.getItem((request) -> request.tableName(table).key(item("pk", s("c"))).consistentRead(true))
				.item();
			long version = Long.parseLong(current.get("v").n());
			long count = Long.parseLong(current.get("count").n());
			try {
				this.ddb.putItem((request) -> request.tableName(table)
					.item(item("pk", s("c"), "count", n(count + 1), "v", n(version + 1)))
					.conditionExpression("v = :expected")
					.expressionAttributeValues(Map.of(":expected", n(version))));
				done++;
			}
			catch (ConditionalCheckFailedException ex) {
				conflicts++;
			}
		}
		return conflicts;
	}

}
