package dev.ddbkit.engine.storage;

import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.error.ErrorCode;
import dev.ddbkit.engine.schema.NameRules;
import org.jspecify.annotations.Nullable;

/**
 * The tables of one engine, by name (ListTables answers in name order).
 */
public final class Catalog {

	private final ConcurrentSkipListMap<String, TableStore> tables = new ConcurrentSkipListMap<>();

	/**
	 * Adds a table.
	 * @throws EngineException ResourceInUseException "Table already exists: X"
	 */
	public void add(TableStore table) {
		if (this.tables.putIfAbsent(table.name(), table) != null) {
			throw new EngineException(ErrorCode.RESOURCE_IN_USE, "Table already exists: " + table.name());
		}
	}

	/** The table, or {@code null}. */
	public @Nullable TableStore get(String name) {
		return this.tables.get(name);
	}

	/**
	 * The table of a data-plane request.
	 * @throws EngineException ValidationException for a malformed name
	 * ({@link NameRules}); ResourceNotFoundException "Cannot do operations on a
	 * non-existent table"
	 */
	public TableStore getRequired(String name) {
		NameRules.check(name, "tableName");
		TableStore table = this.tables.get(name);
		if (table == null) {
			throw new EngineException(ErrorCode.RESOURCE_NOT_FOUND, "Cannot do operations on a non-existent table");
		}
		return table;
	}

	/**
	 * The table of a control-plane request.
	 * @throws EngineException ValidationException for a malformed name
	 * ({@link NameRules}); ResourceNotFoundException "Requested resource not found:
	 * Table: X not found"
	 */
	public TableStore describeRequired(String name) {
		NameRules.check(name, "tableName");
		TableStore table = this.tables.get(name);
		if (table == null) {
			throw new EngineException(ErrorCode.RESOURCE_NOT_FOUND,
					"Requested resource not found: Table: " + name + " not found");
		}
		return table;
	}

	/** Removes a table; returns it, or {@code null} when absent. */
	public @Nullable TableStore remove(String name) {
		return this.tables.remove(name);
	}

	/** The table names in order. */
	public List<String> names() {
		return List.copyOf(this.tables.keySet());
	}

}
