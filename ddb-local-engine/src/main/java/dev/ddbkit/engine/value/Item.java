package dev.ddbkit.engine.value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An immutable item: attribute names to values, in insertion order, with its DynamoDB
 * size in bytes computed on first use and kept. Up to {@code AttributeMap.MAX_SIZE} (16)
 * attributes are held in arrays ({@link AttributeMap}), more in a {@code LinkedHashMap}.
 * <p>
 * A class rather than a record only to keep that size: one PutItem used to size the same
 * item up to eleven times (validation, price, table and index storage, partition
 * accounting). Equality, hash code and text are those of the record it was.
 * <p>
 * Source: DynamoDB Developer Guide, "Core components of Amazon DynamoDB" (items and
 * attributes).
 */
public final class Item {

	/** The item with no attributes. */
	public static final Item EMPTY = new Item(Map.of());

	private final Map<String, Value> attributes;

	/**
	 * The size plus one, 0 until computed. Not volatile: the size is a function of the
	 * immutable attributes, so a thread that sees 0 computes the same number again (the
	 * idiom of {@link String#hashCode()}); an int, so it is never seen half-written.
	 */
	private int sizePlusOne;

	public Item(Map<String, Value> attributes) {
		this.attributes = (attributes.size() <= AttributeMap.MAX_SIZE) ? new AttributeMap(attributes)
				: Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
	}

	/** The attributes, unmodifiable, in insertion order. */
	public Map<String, Value> attributes() {
		return this.attributes;
	}

	/** The item's size in bytes ({@link ItemSizer#sizeOfAttributes}). */
	public long size() {
		int known = this.sizePlusOne;
		if (known != 0) {
			return known - 1L;
		}
		long size = ItemSizer.sizeOfAttributes(this.attributes);
		if (size < Integer.MAX_VALUE) {
			this.sizePlusOne = (int) size + 1;
		}
		return size;
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

	@Override
	public boolean equals(@Nullable Object other) {
		return (this == other) || (other instanceof Item item && this.attributes.equals(item.attributes));
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(this.attributes);
	}

	@Override
	public String toString() {
		return "Item[attributes=" + this.attributes + "]";
	}

}
