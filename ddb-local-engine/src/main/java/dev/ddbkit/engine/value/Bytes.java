package dev.ddbkit.engine.value;

import java.util.Arrays;
import java.util.Base64;

/**
 * An immutable byte string, ordered as DynamoDB orders binary keys: by unsigned bytes.
 */
public final class Bytes implements Comparable<Bytes> {

	private final byte[] bytes;

	private Bytes(byte[] bytes) {
		this.bytes = bytes;
	}

	/** A byte string holding a copy of {@code bytes}. */
	public static Bytes copyOf(byte[] bytes) {
		return new Bytes(bytes.clone());
	}

	/**
	 * A byte string from its standard Base64 form, as binary values travel in DynamoDB's
	 * JSON.
	 */
	public static Bytes fromBase64(String base64) {
		return new Bytes(Base64.getDecoder().decode(base64));
	}

	/** The length in bytes. */
	public int length() {
		return this.bytes.length;
	}

	/** A copy of the bytes. */
	public byte[] toByteArray() {
		return this.bytes.clone();
	}

	/** The byte at {@code index}, as an unsigned value 0..255. */
	public int unsignedByteAt(int index) {
		return this.bytes[index] & 0xFF;
	}

	/** The standard Base64 form. */
	public String toBase64() {
		return Base64.getEncoder().encodeToString(this.bytes);
	}

	/** Whether these bytes start with {@code prefix}. */
	public boolean startsWith(Bytes prefix) {
		return prefix.bytes.length <= this.bytes.length
				&& Arrays.equals(this.bytes, 0, prefix.bytes.length, prefix.bytes, 0, prefix.bytes.length);
	}

	@Override
	public int compareTo(Bytes other) {
		return Arrays.compareUnsigned(this.bytes, other.bytes);
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof Bytes that && Arrays.equals(this.bytes, that.bytes));
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.bytes);
	}

	@Override
	public String toString() {
		return toBase64();
	}

}
