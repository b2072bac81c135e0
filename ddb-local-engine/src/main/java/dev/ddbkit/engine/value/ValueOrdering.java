package dev.ddbkit.engine.value;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The order DynamoDB gives key values: strings by their UTF-8 bytes compared unsigned,
 * numbers numerically, binaries by unsigned bytes. Only S, N and B values are ordered;
 * comparing values of two types is an error.
 * <p>
 * Source: DynamoDB Developer Guide, "Working with queries in DynamoDB" (sort key
 * ordering) and "Supported data types" (String: "compared using the bytes of the
 * underlying UTF-8 string encoding").
 */
public final class ValueOrdering {

	/** Orders two scalar key values of the same type. */
	public static final Comparator<Value> KEY_ORDER = ValueOrdering::compare;

	private ValueOrdering() {
	}

	/**
	 * Compares two values of the same scalar type (S, N or B).
	 * @throws IllegalArgumentException if the types differ or are not S, N or B
	 */
	public static int compare(Value left, Value right) {
		if (left instanceof Value.S l && right instanceof Value.S r) {
			return compareStrings(l.value(), r.value());
		}
		if (left instanceof Value.N l && right instanceof Value.N r) {
			return l.value().compareTo(r.value());
		}
		if (left instanceof Value.B l && right instanceof Value.B r) {
			return l.value().compareTo(r.value());
		}
		throw new IllegalArgumentException("Cannot order " + left.type() + " against " + right.type());
	}

	/** Compares strings by their UTF-8 encodings, byte by byte, unsigned. */
	public static int compareStrings(String left, String right) {
		if (isAscii(left) && isAscii(right)) {
			return left.compareTo(right);
		}
		return Arrays.compareUnsigned(left.getBytes(StandardCharsets.UTF_8), right.getBytes(StandardCharsets.UTF_8));
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

}
