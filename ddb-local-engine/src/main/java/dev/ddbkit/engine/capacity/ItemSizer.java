package dev.ddbkit.engine.capacity;

import java.math.BigDecimal;
import java.util.Map;

import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import dev.ddbkit.engine.value.ValueSizes;

/**
 * Item and attribute sizes in bytes, as DynamoDB counts them for the 400 KB item limit,
 * the 1 MB page of Query and Scan, and capacity units.
 * <p>
 * Rules (DynamoDB Developer Guide, "DynamoDB item sizes and formats"): an item is the sum
 * of its attribute names' UTF-8 lengths and its values' sizes; S is its UTF-8 length; B
 * its length; BOOL and NULL 1 byte; a number 1 byte plus 1 byte per pair of significant
 * digits (pairs aligned on the decimal point, as the service stores them, plus 1 byte
 * when negative); L and M 3 bytes plus 1 byte per element plus the elements (map keys
 * count as names); a set the sum of its members. The rules live in {@link ValueSizes}; an
 * item keeps its size once computed ({@link Item#size()}), since one write prices,
 * validates, stores and indexes the same item several times.
 */
public final class ItemSizer {

	/** The largest item DynamoDB stores: 400 KB. */
	public static final int MAX_ITEM_SIZE = 400 * 1024;

	private ItemSizer() {
	}

	/** The size of an item in bytes. */
	public static long sizeOf(Item item) {
		return item.size();
	}

	/** The size of a map of attributes in bytes (names plus values). */
	public static long sizeOfAttributes(Map<String, Value> attributes) {
		return ValueSizes.attributes(attributes);
	}

	/** The size of a value in bytes, without an attribute name. */
	public static long sizeOf(Value value) {
		return ValueSizes.of(value);
	}

	/**
	 * The stored size of a number: exponent byte, digit pairs, sign byte when negative.
	 */
	public static long sizeOfNumber(BigDecimal number) {
		return ValueSizes.number(number);
	}

	/** The UTF-8 length of a string without encoding it. */
	public static long utf8Length(String text) {
		return ValueSizes.utf8Length(text);
	}

}
