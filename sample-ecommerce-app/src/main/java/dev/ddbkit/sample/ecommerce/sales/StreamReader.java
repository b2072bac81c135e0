package dev.ddbkit.sample.ecommerce.sales;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamResponse;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Reads one DynamoDB stream from its oldest record on, shard by shard, through any
 * {@link DynamoDbStreamsClient} (the embedded engine's or Amazon's). A shard is started
 * only once its parent is read to its end, so the records of an item arrive in order
 * across shard splits; a closed shard is done when GetRecords gives no next iterator. Not
 * thread-safe.
 *
 * @see <a href=
 * "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html#Streams.Processing">Reading
 * and processing a stream</a>
 */
final class StreamReader {

	private final DynamoDbStreamsClient streams;

	private final String streamArn;

	private final int pageSize;

	/** Shards being read, by id, with the iterator to continue from. */
	private final Map<String, String> open = new LinkedHashMap<>();

	private final Set<String> finished = new LinkedHashSet<>();

	private final Map<String, Shard> known = new LinkedHashMap<>();

	StreamReader(DynamoDbStreamsClient streams, String streamArn, int pageSize) {
		this.streams = streams;
		this.streamArn = streamArn;
		this.pageSize = pageSize;
	}

	/**
	 * Reads every shard as far as it goes now.
	 * @param consumer given each non-empty page of records, in stream order per shard
	 * @return the records read
	 */
	long readAvailable(Consumer<List<Record>> consumer) {
		discoverShards();
		long read = 0;
		boolean progressed = true;
		while (progressed) {
			progressed = false;
			for (String shardId : new ArrayList<>(this.open.keySet())) {
				read += readShard(shardId, consumer);
			}
			// A parent read to its end lets its children start.
			progressed = startReadyShards();
		}
		return read;
	}

	private long readShard(String shardId, Consumer<List<Record>> consumer) {
		long read = 0;
		String iterator = this.open.get(shardId);
		while (iterator != null) {
			String current = iterator;
			GetRecordsResponse page = this.streams
				.getRecords((request) -> request.shardIterator(current).limit(this.pageSize));
			iterator = page.nextShardIterator();
			if (!page.records().isEmpty()) {
				consumer.accept(page.records());
				read += page.records().size();
			}
			if (iterator == null) {
				this.open.remove(shardId);
				this.finished.add(shardId);
				return read;
			}
			this.open.put(shardId, iterator);
			if (page.records().isEmpty()) {
				return read;
			}
		}
		return read;
	}

	private void discoverShards() {
		String start = null;
		do {
			String exclusiveStart = start;
			DescribeStreamResponse response = this.streams
				.describeStream((request) -> request.streamArn(this.streamArn).exclusiveStartShardId(exclusiveStart));
			for (Shard shard : response.streamDescription().shards()) {
				this.known.putIfAbsent(shard.shardId(), shard);
			}
			start = response.streamDescription().lastEvaluatedShardId();
		}
		while (start != null);
		startReadyShards();
	}

	private boolean startReadyShards() {
		boolean started = false;
		for (Shard shard : this.known.values()) {
			String id = shard.shardId();
			if (!this.open.containsKey(id) && !this.finished.contains(id) && parentDone(shard.parentShardId())) {
				this.open.put(id,
						this.streams
							.getShardIterator((request) -> request.streamArn(this.streamArn)
								.shardId(id)
								.shardIteratorType(ShardIteratorType.TRIM_HORIZON))
							.shardIterator());
				started = true;
			}
		}
		return started;
	}

	// A parent the stream no longer lists was trimmed: its records are gone.
	private boolean parentDone(@Nullable String parentId) {
		return parentId == null || this.finished.contains(parentId) || !this.known.containsKey(parentId);
	}

}
