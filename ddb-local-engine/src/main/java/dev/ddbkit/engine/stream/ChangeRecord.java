package dev.ddbkit.engine.stream;

import java.time.Instant;
import java.util.Map;

import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One change of one item, as a stream record carries it.
 *
 * @param sequenceNumber the position in the shard, increasing in write order
 * @param eventName INSERT, MODIFY or REMOVE
 * @param createdAt when the change happened, on the engine clock
 * @param keys the item's key attributes
 * @param newImage the item after the change, when the view type includes it
 * @param oldImage the item before the change, when the view type includes it
 * @param sizeBytes the record's size (keys plus images)
 * @param viewType the view type of the stream the record was written to
 * @param serviceDelete whether the TTL sweeper made the change (a REMOVE with the
 * {@code dynamodb.amazonaws.com} service identity)
 */
public record ChangeRecord(long sequenceNumber, String eventName, Instant createdAt, Map<String, Value> keys,
		@Nullable Item newImage, @Nullable Item oldImage, long sizeBytes, StreamViewType viewType,
		boolean serviceDelete) {

	/** The sequence number as DynamoDB Streams writes it: 21 decimal digits. */
	public String sequenceNumberText() {
		return sequenceText(this.sequenceNumber);
	}

	/** A sequence number in its 21-digit form. */
	public static String sequenceText(long sequenceNumber) {
		return String.format("%021d", sequenceNumber);
	}

}
