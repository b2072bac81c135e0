package dev.ddbkit.engine.value;

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

	/**
	 * Compares strings by their UTF-8 encodings, byte by byte, unsigned, without encoding
	 * them: UTF-8 byte order is code point order, which is UTF-16 code unit order except
	 * that surrogates (code points above U+FFFF) sort after U+E000..U+FFFF; so the first
	 * differing code units are compared after moving surrogates to the top.
	 */
	public static int compareStrings(String left, String right) {
		int common = Math.min(left.length(), right.length());
		for (int i = 0; i < common; i++) {
			char l = left.charAt(i);
			char r = right.charAt(i);
			if (l != r) {
				return Integer.compare(codePointRank(l), codePointRank(r));
			}
		}
		return Integer.compare(left.length(), right.length());
	}

	/** A code unit's place in code point order: surrogates above every other unit. */
	private static int codePointRank(char unit) {
		if (unit >= Character.MIN_SURROGATE && unit <= Character.MAX_SURROGATE) {
			return unit + 0x2000;
		}
		return (unit > Character.MAX_SURROGATE) ? unit - 0x800 : unit;
	}

}
