package dev.ddbkit.engine.storage;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import dev.ddbkit.engine.value.Value;
import dev.ddbkit.engine.value.ValueOrdering;

/**
 * Where a partition key lives: the hash DynamoDB places items by, then the key itself to
 * break ties. Scans walk partitions in this order, as DynamoDB scans "by partition hash,
 * then sort key".
 */
public record PartitionToken(long hash, Value key) implements Comparable<PartitionToken> {

	/** The token of a partition key value (S, N or B). */
	public static PartitionToken of(Value key) {
		return new PartitionToken(hash(key), key);
	}

	@Override
	public int compareTo(PartitionToken other) {
		int order = Long.compareUnsigned(this.hash, other.hash);
		return (order != 0) ? order : ValueOrdering.compare(this.key, other.key);
	}

	private static long hash(Value key) {
		byte[] digest = md5().digest(bytesOf(key));
		long hash = 0;
		for (int i = 0; i < 8; i++) {
			hash = (hash << 8) | (digest[i] & 0xFF);
		}
		return hash;
	}

	private static byte[] bytesOf(Value key) {
		if (key instanceof Value.S s) {
			return s.value().getBytes(StandardCharsets.UTF_8);
		}
		if (key instanceof Value.N n) {
			BigDecimal number = n.value();
			return number.toPlainString().getBytes(StandardCharsets.US_ASCII);
		}
		if (key instanceof Value.B b) {
			return b.value().toByteArray();
		}
		throw new IllegalArgumentException("Not a key value: " + key.type());
	}

	private static MessageDigest md5() {
		try {
			return MessageDigest.getInstance("MD5");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("MD5 is required by every Java platform", ex);
		}
	}

}
