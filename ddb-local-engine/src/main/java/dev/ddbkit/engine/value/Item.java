package dev.ddbkit.engine.value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An immutable item: attribute names to values, in insertion order.
 * <p>
 * Source: DynamoDB Developer Guide, "Core components of Amazon DynamoDB" (items and
 * attributes).
 */
public record Item(Map<String, Value> attributes) {

	/** The item with no attributes. */
	public static final Item EMPTY = new Item(Map.of());

	public Item {
		attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
	}

	/** The value of an attribute, or {@code null} when the item has none. */
	public Value get(String name) {
		return this.attributes.get(name);
	}

	/** Whether the item has the attribute. */
	public boolean has(String name) {
		return this.attributes.containsKey(name);
	}

	/** A copy with {@code name} set to {@code value}. */
	public Item with(String name, Value value) {
		Map<String, Value> copy = new LinkedHashMap<>(this.attributes);
		copy.put(name, value);
		return new Item(copy);
	}

	/** A copy without {@code name}. */
	public Item without(String name) {
		if (!this.attributes.containsKey(name)) {
			return this;
		}
		Map<String, Value> copy = new LinkedHashMap<>(this.attributes);
		copy.remove(name);
		return new Item(copy);
	}

}
