package dev.ddbkit.engine.expression;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.value.Bytes;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;

/** Short constructors for test items and values. */
public final class Items {

	private Items() {
	}

	/** An item from alternating names and values. */
	public static Item item(Object... namesAndValues) {
		return new Item(map(namesAndValues));
	}

	/** A map value from alternating keys and values. */
	public static Value.M m(Object... namesAndValues) {
		return new Value.M(map(namesAndValues));
	}

	/** A map of placeholder names to values from alternating entries. */
	public static Map<String, Value> values(Object... namesAndValues) {
		return map(namesAndValues);
	}

	private static Map<String, Value> map(Object... namesAndValues) {
		Map<String, Value> map = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			map.put((String) namesAndValues[i], (Value) namesAndValues[i + 1]);
		}
		return map;
	}

	public static Value.L l(Value... values) {
		return new Value.L(List.of(values));
	}

	public static Value.S s(String value) {
		return Value.s(value);
	}

	public static Value.N n(String value) {
		return Value.n(value);
	}

	public static Value.SS ss(String... values) {
		return new Value.SS(new LinkedHashSet<>(Arrays.asList(values)));
	}

	public static Value.NS ns(String... values) {
		LinkedHashSet<BigDecimal> numbers = new LinkedHashSet<>();
		for (String value : values) {
			numbers.add(new BigDecimal(value));
		}
		return new Value.NS(numbers);
	}

	public static Value.B b(int... bytes) {
		byte[] raw = new byte[bytes.length];
		for (int i = 0; i < bytes.length; i++) {
			raw[i] = (byte) bytes[i];
		}
		return new Value.B(Bytes.copyOf(raw));
	}

	public static Value.BS bs(Value.B... values) {
		LinkedHashSet<Bytes> set = new LinkedHashSet<>();
		for (Value.B value : values) {
			set.add(value.value());
		}
		return new Value.BS(set);
	}

}
