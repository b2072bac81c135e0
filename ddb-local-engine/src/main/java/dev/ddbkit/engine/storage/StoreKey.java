package dev.ddbkit.engine.storage;

import java.util.List;

import dev.ddbkit.engine.value.Value;
import dev.ddbkit.engine.value.ValueOrdering;

/**
 * The position of an item inside its partition: the sort key for a table (nothing for a
 * table without one); index sort key, then table partition and sort key for an index
 * entry, so that entries with equal index keys stay distinct and ordered.
 * <p>
 * A bound is a key with a {@code tail} of -1 (before every key it prefixes) or +1 (after
 * every key it prefixes); stored keys have a tail of 0.
 */
public record StoreKey(List<Value> parts, int tail) implements Comparable<StoreKey> {

	public StoreKey {
		parts = List.copyOf(parts);
	}

	/** A stored key from its components. */
	public static StoreKey of(List<Value> parts) {
		return new StoreKey(parts, 0);
	}

	/** The bound just before every key starting with {@code first}. */
	public static StoreKey before(Value first) {
		return new StoreKey(List.of(first), -1);
	}

	/** The bound just after every key starting with {@code first}. */
	public static StoreKey after(Value first) {
		return new StoreKey(List.of(first), 1);
	}

	/** The first component (the sort key the partition is ordered by). */
	public Value first() {
		return this.parts.get(0);
	}

	@Override
	public int compareTo(StoreKey other) {
		int common = Math.min(this.parts.size(), other.parts.size());
		for (int i = 0; i < common; i++) {
			int order = ValueOrdering.compare(this.parts.get(i), other.parts.get(i));
			if (order != 0) {
				return order;
			}
		}
		if (this.parts.size() == other.parts.size()) {
			return Integer.compare(this.tail, other.tail);
		}
		if (this.parts.size() < other.parts.size()) {
			return (this.tail > 0) ? 1 : -1;
		}
		return (other.tail > 0) ? -1 : 1;
	}

}
