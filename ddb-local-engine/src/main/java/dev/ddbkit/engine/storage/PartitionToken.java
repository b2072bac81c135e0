package dev.ddbkit.engine.storage;

import dev.ddbkit.engine.capacity.KeyHash;
import dev.ddbkit.engine.value.Value;
import dev.ddbkit.engine.value.ValueOrdering;

/**
 * Where a partition key lives: the hash DynamoDB places items by ({@link KeyHash}, the
 * same hash the throughput model's partitions are ranges of), then the key itself to
 * break ties. Scans walk partitions in this order, as DynamoDB scans "by partition hash,
 * then sort key".
 */
public record PartitionToken(long hash, Value key) implements Comparable<PartitionToken> {

	/** The token of a partition key value (S, N or B). */
	public static PartitionToken of(Value key) {
		return new PartitionToken(KeyHash.of(key), key);
	}

	@Override
	public int compareTo(PartitionToken other) {
		int order = Long.compareUnsigned(this.hash, other.hash);
		return (order != 0) ? order : ValueOrdering.compare(this.key, other.key);
	}

}
