package dev.ddbkit.engine.capacity;

import java.util.Collection;
import java.util.Objects;
import java.util.function.ToLongFunction;

import dev.ddbkit.engine.value.Item;
import org.jspecify.annotations.Nullable;

/**
 * What a table write does to one secondary index's entry for the item, with the entry
 * sizes that price it.
 * <p>
 * Source: DynamoDB Developer Guide, "Global secondary indexes: provisioned throughput
 * considerations": an entry created or removed costs one write; a change of an index key
 * attribute costs a delete and a put; a change of projected attributes only costs one
 * write; an item absent from the index before and after costs nothing. An entry is the
 * projection of the item into the index (table key, index key and projected attributes).
 *
 * @param kind what happens to the entry
 * @param beforeBytes the size of the entry before the write ({@code 0} when absent)
 * @param afterBytes the size of the entry after the write ({@code 0} when absent)
 */
public record IndexEntryChange(Kind kind, long beforeBytes, long afterBytes) {

	private static final IndexEntryChange NONE = new IndexEntryChange(Kind.NONE, 0, 0);

	/** What a write does to an index entry. */
	public enum Kind {

		/** The item is not in the index before nor after, or its entry is unchanged. */
		NONE,
		/** The item enters the index (one put). */
		CREATED,
		/** The item leaves the index (one delete). */
		REMOVED,
		/** Projected attributes change, the index key does not (one write). */
		UPDATED,
		/** The index key changes (a delete plus a put). */
		KEY_CHANGED

	}

	public IndexEntryChange {
		if (beforeBytes < 0 || afterBytes < 0) {
			throw new IllegalArgumentException("Entry sizes must not be negative");
		}
	}

	/** No index write. */
	public static IndexEntryChange none() {
		return NONE;
	}

	/**
	 * Classifies the change between two index entries.
	 * @param before the entry before the write, {@code null} when the item was not in the
	 * index
	 * @param after the entry after the write, {@code null} when the item is not in it
	 * @param indexKeyAttributes the index's partition and sort key attribute names
	 * @param sizer the item size in bytes (the engine passes {@code ItemSizer::sizeOf})
	 */
	public static IndexEntryChange between(@Nullable Item before, @Nullable Item after,
			Collection<String> indexKeyAttributes, ToLongFunction<Item> sizer) {
		if (before == null && after == null) {
			return NONE;
		}
		if (before == null) {
			return new IndexEntryChange(Kind.CREATED, 0, sizer.applyAsLong(after));
		}
		if (after == null) {
			return new IndexEntryChange(Kind.REMOVED, sizer.applyAsLong(before), 0);
		}
		if (before.equals(after)) {
			return NONE;
		}
		for (String attribute : indexKeyAttributes) {
			if (!Objects.equals(before.get(attribute), after.get(attribute))) {
				return new IndexEntryChange(Kind.KEY_CHANGED, sizer.applyAsLong(before), sizer.applyAsLong(after));
			}
		}
		return new IndexEntryChange(Kind.UPDATED, sizer.applyAsLong(before), sizer.applyAsLong(after));
	}

}
