package dev.ddbkit.bench;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Reads over a table of {@code items} preloaded items (see {@link BenchTable} for the
 * layout): GetItem of a random key, Query of a random partition (100 items), Query with
 * {@code begins_with} (10 items), Query of a random {@code GSI1} partition (100 items)
 * and a full Scan following {@code LastEvaluatedKey} (1 MB pages).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms2g", "-Xmx2g" })
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class ReadBenchmarks {

	/** The backend with the benchmark table holding {@code items} items. */
	@State(Scope.Benchmark)
	public static class LoadedTable extends BackendState {

		/** Items preloaded, in partitions of 100. */
		@Param("100000")
		public int items = 100_000;

		@Override
		protected void prepare(DynamoDbClient client) {
			BenchTable.load(client, TABLE, this.items);
		}

		int partitions() {
			return Math.max(1, this.items / BenchTable.PARTITION_SIZE);
		}

	}

	@Benchmark
	public GetItemResponse getItem(LoadedTable table) {
		long i = ThreadLocalRandom.current().nextInt(table.items);
		return table.client().getItem((request) -> request.tableName(BackendState.TABLE).key(BenchTable.key(i)));
	}

	@Benchmark
	public QueryResponse queryPartition(LoadedTable table) {
		String partition = "P#" + ThreadLocalRandom.current().nextInt(table.partitions());
		return table.client()
			.query((request) -> request.tableName(BackendState.TABLE)
				.keyConditionExpression("PK = :pk")
				.expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition))));
	}

	@Benchmark
	public QueryResponse queryBeginsWith(LoadedTable table) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String partition = "P#" + random.nextInt(table.partitions());
		String prefix = "I#" + random.nextInt(10);
		return table.client()
			.query((request) -> request.tableName(BackendState.TABLE)
				.keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)")
				.expressionAttributeValues(
						Map.of(":pk", AttributeValue.fromS(partition), ":prefix", AttributeValue.fromS(prefix))));
	}

	@Benchmark
	public QueryResponse queryIndex(LoadedTable table) {
		String partition = "G#" + ThreadLocalRandom.current().nextInt(table.partitions());
		return table.client()
			.query((request) -> request.tableName(BackendState.TABLE)
				.indexName(BenchTable.INDEX)
				.keyConditionExpression("GSI1PK = :g")
				.expressionAttributeValues(Map.of(":g", AttributeValue.fromS(partition))));
	}

	/** Every item of the table, page by page; returns the number of items seen. */
	@Benchmark
	public int scan(LoadedTable table) {
		DynamoDbClient client = table.client();
		int count = 0;
		@Nullable Map<String, AttributeValue> start = null;
		do {
			@Nullable Map<String, AttributeValue> from = start;
			ScanResponse page = client.scan((request) -> request.tableName(BackendState.TABLE).exclusiveStartKey(from));
			count += page.count();
			start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
		}
		while (start != null && !start.isEmpty());
		return count;
	}

}
