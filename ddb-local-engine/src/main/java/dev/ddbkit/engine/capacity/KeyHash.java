package dev.ddbkit.engine.capacity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import dev.ddbkit.engine.value.Value;

/**
 * The one 64-bit hash that places a partition key value, both in storage (Scan order,
 * {@code storage.PartitionToken}) and on the throughput model's hash-range partitions:
 * the first eight bytes of the MD5 of the key's bytes (S as UTF-8, N as its plain decimal
 * text, B raw), compared unsigned. A throughput partition is therefore a contiguous run
 * of the Scan order, as a DynamoDB partition is a range of its hash space (Developer
 * Guide, "Partitions and data distribution": the partition key value is the input of an
 * internal hash function whose output determines the partition).
 */
public final class KeyHash {

	// MessageDigest.getInstance looks the provider up on every call (8% of a PutItem,
	// which hashes its key several times); a digest resets itself after digest()
	private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(KeyHash::md5);

	private KeyHash() {
	}

	/**
	 * The hash of a partition key value.
	 * @param key an S, N or B value
	 * @return the hash, to be compared with {@link Long#compareUnsigned}
	 * @throws IllegalArgumentException for a value of another type
	 */
	public static long of(Value key) {
		byte[] digest = MD5.get().digest(bytesOf(key));
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
			return n.value().toPlainString().getBytes(StandardCharsets.US_ASCII);
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
