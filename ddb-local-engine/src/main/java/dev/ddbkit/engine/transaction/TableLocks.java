package dev.ddbkit.engine.transaction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.storage.TableStore;

/**
 * Holds the write locks of several tables, taken in table-name order so that two
 * transactions never wait on each other in a cycle.
 */
public final class TableLocks implements AutoCloseable {

	private final List<TableStore> locked = new ArrayList<>();

	private TableLocks() {
	}

	/** Locks every table once, in name order. */
	public static TableLocks lock(Collection<TableStore> tables) {
		Map<String, TableStore> distinct = new LinkedHashMap<>();
		tables.stream()
			.sorted(Comparator.comparing(TableStore::name))
			.forEach((table) -> distinct.putIfAbsent(table.name(), table));
		TableLocks locks = new TableLocks();
		for (TableStore table : distinct.values()) {
			table.lock().lock();
			locks.locked.add(table);
		}
		return locks;
	}

	@Override
	public void close() {
		for (int i = this.locked.size() - 1; i >= 0; i--) {
			this.locked.get(i).lock().unlock();
		}
	}

}
