package dev.ddbkit.engine.capacity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import dev.ddbkit.engine.value.Value;

/**
 * The 64-bit hash that places a partition key value on a hash-range partition: the first
 * eight bytes of the MD5 of the key's bytes (S as UTF-8, N as its plain decimal text, B
 * raw), compared unsigned. The same hash orders partitions in the storage layer, so a
 * partition here is a contiguous run of the Scan order.
 */
final class KeyHash {

	private KeyHash() {
	}

	static long of(Value key) {
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
