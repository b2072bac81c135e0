package dev.ddbkit.engine.storage;

import dev.ddbkit.engine.value.Item;
import org.jspecify.annotations.Nullable;

/**
 * Told of every change to a table's items while the table's write lock is held: keeps
 * secondary indexes (and later streams) in step.
 */
@FunctionalInterface
public interface ChangeListener {

	/** A listener that ignores changes. */
	ChangeListener NONE = (table, oldItem, newItem) -> {
	};

	/** A listener that tells each of {@code listeners}, in order. */
	static ChangeListener of(ChangeListener... listeners) {
		ChangeListener[] copy = listeners.clone();
		return (table, oldItem, newItem) -> {
			for (ChangeListener listener : copy) {
				listener.changed(table, oldItem, newItem);
			}
		};
	}

	/**
	 * One item changed.
	 * @param table the table
	 * @param oldItem the item before, or {@code null} when it was created
	 * @param newItem the item after, or {@code null} when it was deleted
	 */
	void changed(TableStore table, @Nullable Item oldItem, @Nullable Item newItem);

}
