package dev.ddbkit.engine.value;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Item and attribute sizes in bytes, as DynamoDB counts them for the 400 KB item limit,
 * capacity units and storage.
 * <p>
 * Rules (DynamoDB Developer Guide, "DynamoDB item sizes and formats"): an item is the sum
 * of its attribute names' UTF-8 lengths and its values' sizes; S is its UTF-8 length; B
 * its length; BOOL and NULL 1 byte; a number 1 byte plus 1 byte per pair of significant
 * digits (pairs aligned on the decimal point, as the service stores them, plus 1 byte
 * when negative); L and M 3 bytes plus 1 byte per element plus the elements (map keys
 * count as names); a set the sum of its members. An item keeps its size once computed
 * ({@link Item#size()}), since one write prices, validates, stores and indexes the same
 * item several times.
 */
public final class ItemSizer {

	/** The largest item DynamoDB stores: 400 KB. */
	public static final int MAX_ITEM_SIZE = 400 * 1024;

	private ItemSizer() {
	}

	/** The size of an item in bytes, kept by the item once computed. */
	public static long sizeOf(Item item) {
		return item.size();
	}

	/** The size of a map of attributes in bytes (names plus values). */
	public static long sizeOfAttributes(Map<String, Value> attributes) {
		long size = 0;
		for (Map.Entry<String, Value> entry : attributes.entrySet()) {
			size += utf8Length(entry.getKey()) + sizeOf(entry.getValue());
		}
		return size;
	}

	/** The size of a value in bytes, without an attribute name. */
	public static long sizeOf(Value value) {
		if (value instanceof Value.S s) {
			return utf8Length(s.value());
		}
		if (value instanceof Value.N n) {
			return sizeOfNumber(n.value());
		}
		if (value instanceof Value.B b) {
			return b.value().length();
		}
		if (value instanceof Value.Bool || value instanceof Value.Null) {
			return 1;
		}
		if (value instanceof Value.L l) {
			long size = 3;
			for (Value element : l.values()) {
				size += 1 + sizeOf(element);
			}
			return size;
		}
		if (value instanceof Value.M m) {
			return 3 + m.values().size() + sizeOfAttributes(m.values());
		}
		if (value instanceof Value.SS ss) {
			long size = 0;
			for (String member : ss.values()) {
				size += utf8Length(member);
			}
			return size;
		}
		if (value instanceof Value.NS ns) {
			long size = 0;
			for (BigDecimal member : ns.values()) {
				size += sizeOfNumber(member);
			}
			return size;
		}
		long size = 0;
		for (Bytes member : ((Value.BS) value).values()) {
			size += member.length();
		}
		return size;
	}

	/**
	 * The stored size of a number: exponent byte, digit pairs, sign byte when negative.
	 */
	public static long sizeOfNumber(BigDecimal number) {
		if (number.signum() == 0) {
			return 1;
		}
		BigDecimal normalized = number.stripTrailingZeros();
		int precision = normalized.precision();
		int scale = normalized.scale();
		int firstExponent = precision - 1 - scale;
		int lastExponent = -scale;
		int pairs = Math.floorDiv(firstExponent, 2) - Math.floorDiv(lastExponent, 2) + 1;
		return 1 + pairs + ((normalized.signum() < 0) ? 1 : 0);
	}

	/** The UTF-8 length of a string without encoding it. */
	public static long utf8Length(String text) {
		long length = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				length++;
			}
			else if (c < 0x800) {
				length += 2;
			}
			else if (Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1))) {
				length += 4;
				i++;
			}
			else {
				length += 3;
			}
		}
		return length;
	}

}
