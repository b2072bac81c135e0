package dev.ddbkit.engine.operation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.error.ErrorCode;
import dev.ddbkit.engine.stream.ChangeRecord;
import dev.ddbkit.engine.stream.TableStream;
import org.jspecify.annotations.Nullable;

/**
 * The DynamoDB Streams actions: ListStreams, DescribeStream, GetShardIterator and
 * GetRecords, over one shard per stream. Shard iterators expire after 15 minutes on the
 * engine clock.
 * <p>
 * Source: DynamoDB Streams API Reference, "GetShardIterator" (TRIM_HORIZON, LATEST,
 * AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER; "A shard iterator expires 15 minutes after
 * it is returned"), "GetRecords" (Limit up to 1000; no NextShardIterator once a closed
 * shard is read to its end).
 */
public final class StreamOperations {

	private static final Duration ITERATOR_LIFETIME = Duration.ofMinutes(15);

	private final EngineContext context;

	public StreamOperations(EngineContext context) {
		this.context = context;
	}

	/**
	 * Streams of one table or of all, after {@code exclusiveStartArn}, at most
	 * {@code limit}.
	 */
	public StreamPage list(@Nullable String tableName, @Nullable Integer limit, @Nullable String exclusiveStartArn) {
		int max = (limit != null) ? limit : 100;
		if (max < 1 || max > 100) {
			throw EngineException.validation(
					"1 validation error detected: Value '%d' at 'limit' failed to satisfy constraint: Member must have value between 1 and 100",
					max);
		}
		List<TableStream> all = this.context.streams().list(tableName);
		int from = 0;
		if (exclusiveStartArn != null) {
			while (from < all.size() && all.get(from).arn().compareTo(exclusiveStartArn) <= 0) {
				from++;
			}
		}
		int to = Math.min(all.size(), from + max);
		List<TableStream> page = all.subList(from, to);
		return new StreamPage(List.copyOf(page), (to < all.size()) ? page.get(page.size() - 1).arn() : null);
	}

	/** The stream with this ARN. */
	public TableStream describe(String streamArn) {
		TableStream stream = this.context.streams().find(streamArn);
		if (stream == null) {
			throw new EngineException(ErrorCode.RESOURCE_NOT_FOUND,
					"Requested resource not found: Stream: " + streamArn + " not found");
		}
		return stream;
	}

	/** The table name of a stream. */
	public String tableName(TableStream stream) {
		String name = this.context.streams().tableOf(stream);
		return (name != null) ? name : "";
	}

	/** A shard iterator. */
	public String shardIterator(String streamArn, String shardId, String type, @Nullable String sequenceNumber) {
		TableStream stream = describe(streamArn);
		if (!stream.shardId().equals(shardId)) {
			throw new EngineException(ErrorCode.RESOURCE_NOT_FOUND,
					"Requested resource not found: Shard does not exist");
		}
		long after = switch (type) {
			case "TRIM_HORIZON" ->
				Math.max(stream.firstSequenceNumber() - 1, stream.trimmedThrough(this.context.clock().instant()));
			case "LATEST" -> Math.max(stream.lastSequenceNumber(), stream.firstSequenceNumber() - 1);
			case "AT_SEQUENCE_NUMBER" -> sequence(sequenceNumber) - 1;
			case "AFTER_SEQUENCE_NUMBER" -> sequence(sequenceNumber);
			default -> throw EngineException.validation(
					"1 validation error detected: Value '%s' at 'shardIteratorType' failed to satisfy constraint: Member must satisfy enum value set: [AFTER_SEQUENCE_NUMBER, LATEST, AT_SEQUENCE_NUMBER, TRIM_HORIZON]",
					type);
		};
		return iterator(stream, after);
	}

	/**
	 * Records after an iterator's position and the next iterator ({@code null} at the end
	 * of a closed shard).
	 */
	public RecordPage records(String shardIterator, @Nullable Integer limit) {
		int max = (limit != null) ? limit : 1000;
		if (max < 1 || max > 1000) {
			throw EngineException.validation(
					"1 validation error detected: Value '%d' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 1000",
					max);
		}
		String[] parts = decode(shardIterator);
		TableStream stream = describe(parts[0]);
		long after = Long.parseLong(parts[1]);
		Instant issued = Instant.ofEpochMilli(Long.parseLong(parts[2]));
		Instant now = this.context.clock().instant();
		if (!now.isBefore(issued.plus(ITERATOR_LIFETIME))) {
			throw new EngineException(ErrorCode.EXPIRED_ITERATOR, "Iterator expired. The iterator was created at time "
					+ issued + " while right now it's " + now + ". The iterator is only valid for 15 minutes.");
		}
		if (after < stream.trimmedThrough(now)) {
			throw new EngineException(ErrorCode.TRIMMED_DATA_ACCESS,
					"The operation attempted to read past the oldest stream record in a shard.");
		}
		List<ChangeRecord> records = stream.read(after, max, now);
		long last = records.isEmpty() ? after : records.get(records.size() - 1).sequenceNumber();
		boolean closed = !stream.enabled() && last >= stream.lastSequenceNumber();
		return new RecordPage(records, closed ? null : iterator(stream, last));
	}

	private String iterator(TableStream stream, long after) {
		String raw = stream.arn() + "|" + after + "|" + this.context.clock().instant().toEpochMilli();
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	private static String[] decode(String shardIterator) {
		try {
			String raw = new String(Base64.getUrlDecoder().decode(shardIterator), StandardCharsets.UTF_8);
			int second = raw.lastIndexOf('|');
			int first = raw.lastIndexOf('|', second - 1);
			String[] parts = { raw.substring(0, first), raw.substring(first + 1, second), raw.substring(second + 1) };
			Long.parseLong(parts[1]);
			Long.parseLong(parts[2]);
			return parts;
		}
		catch (RuntimeException ex) {
			throw EngineException.validation("Invalid ShardIterator");
		}
	}

	private static long sequence(@Nullable String sequenceNumber) {
		if (sequenceNumber == null) {
			throw EngineException.validation(
					"Must provide a SequenceNumber when ShardIteratorType is AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER");
		}
		try {
			return Long.parseLong(sequenceNumber);
		}
		catch (NumberFormatException ex) {
			throw EngineException.validation("Invalid SequenceNumber: %s", sequenceNumber);
		}
	}

	/** A page of streams and the LastEvaluatedStreamArn, or {@code null}. */
	public record StreamPage(List<TableStream> streams, @Nullable String lastEvaluatedStreamArn) {

	}

	/** A page of records and the NextShardIterator, or {@code null}. */
	public record RecordPage(List<ChangeRecord> records, @Nullable String nextShardIterator) {

	}

}
