package dev.ddbkit.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Writes of about 200-byte items ({@link BenchTable#item}): PutItem, conditional
 * UpdateItem with a version check, BatchWriteItem of 25 puts, TransactWriteItems of 4
 * puts. Keys cycle through a fixed range per workload, so the table stops growing after
 * the first pass and every backend overwrites the same number of items.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms2g", "-Xmx2g" })
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class WriteBenchmarks {

	/** Items the conditional update cycles through. */
	static final int UPDATE_KEYS = 1_000;

	/** Keys PutItem cycles through. */
	static final int PUT_KEYS = 100_000;

	private static final long PUT_BASE = 1_000_000;

	private static final long BATCH_BASE = 2_000_000;

	private static final long TRANSACTION_BASE = 3_000_000;

	/** The backend with {@link #UPDATE_KEYS} items for the conditional update. */
	@State(Scope.Benchmark)
	public static class WriteTable extends BackendState {

		/**
		 * Items the conditional update cycles through ({@link #UPDATE_KEYS}; fewer in
		 * tests).
		 */
		int updateKeys = UPDATE_KEYS;

		/** The version each update item has now. */
		long[] versions = new long[0];

		long puts;

		long updates;

		long batches;

		long transactions;

		@Override
		protected void prepare(DynamoDbClient client) {
			BenchTable.load(client, TABLE, this.updateKeys);
			this.versions = new long[this.updateKeys];
			Arrays.fill(this.versions, 1);
		}

	}

	@Benchmark
	public PutItemResponse putItem(WriteTable table) {
		long i = PUT_BASE + (table.puts++ % PUT_KEYS);
		return table.client()
			.putItem((request) -> request.tableName(BackendState.TABLE).item(BenchTable.item(i, PUT_KEYS)));
	}

	/**
	 * SET data and version = version + 1 under the condition that the version is the one
	 * last written.
	 */
	@Benchmark
	public UpdateItemResponse conditionalUpdate(WriteTable table) {
		int i = (int) (table.updates++ % table.updateKeys);
		long expected = table.versions[i];
		UpdateItemResponse response = table.client()
			.updateItem((request) -> request.tableName(BackendState.TABLE)
				.key(BenchTable.key(i))
				.updateExpression("SET #data = :data, #version = :next")
				.conditionExpression("#version = :expected")
				.expressionAttributeNames(Map.of("#data", "data", "#version", "version"))
				.expressionAttributeValues(Map.of(":data", AttributeValue.fromS(BenchTable.PAYLOAD), ":next",
						AttributeValue.fromN(Long.toString(expected + 1)), ":expected",
						AttributeValue.fromN(Long.toString(expected)))));
		table.versions[i] = expected + 1;
		return response;
	}

	/**
	 * 25 puts in one BatchWriteItem (again with UnprocessedItems, if any); returns the
	 * calls made.
	 */
	@Benchmark
	public int batchWrite(WriteTable table) {
		long first = BATCH_BASE + (table.batches++ % (PUT_KEYS / 25)) * 25;
		List<WriteRequest> requests = new ArrayList<>(25);
		for (long i = first; i < first + 25; i++) {
			Map<String, AttributeValue> item = BenchTable.item(i, PUT_KEYS);
			requests.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
		}
		return BenchTable.writeFully(table.client(), BackendState.TABLE, requests);
	}

	@Benchmark
	public TransactWriteItemsResponse transactWrite(WriteTable table) {
		long first = TRANSACTION_BASE + (table.transactions++ % (PUT_KEYS / 4)) * 4;
		List<TransactWriteItem> puts = new ArrayList<>(4);
		for (long i = first; i < first + 4; i++) {
			Map<String, AttributeValue> item = BenchTable.item(i, PUT_KEYS);
			puts.add(TransactWriteItem.builder().put((put) -> put.tableName(BackendState.TABLE).item(item)).build());
		}
		return table.client().transactWriteItems((request) -> request.transactItems(puts));
	}

}
