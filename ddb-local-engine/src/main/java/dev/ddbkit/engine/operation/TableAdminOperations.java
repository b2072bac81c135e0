package dev.ddbkit.engine.operation;

import java.util.List;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.schema.NameRules;
import dev.ddbkit.engine.storage.IndexStore;
import dev.ddbkit.engine.storage.TableStore;
import dev.ddbkit.engine.stream.TableStream;
import org.jspecify.annotations.Nullable;

/**
 * DescribeTable, ListTables and DeleteTable.
 * <p>
 * Source: DynamoDB API Reference, "DescribeTable", "ListTables" (Limit 1..100, names in
 * order, LastEvaluatedTableName when more follow), "DeleteTable".
 */
public final class TableAdminOperations {

	private final EngineContext context;

	public TableAdminOperations(EngineContext context) {
		this.context = context;
	}

	/**
	 * The table; ResourceNotFoundException "Requested resource not found: Table: X not
	 * found".
	 */
	public TableStore describe(String tableName) {
		TableStore table = this.context.catalog().describeRequired(tableName);
		// a GSI whose backfill has ended becomes ACTIVE when a DescribeTable reports it
		table.indexes().forEach(IndexStore::describedStatus);
		return table;
	}

	/** Removes the table and returns it as it was. */
	public TableStore delete(String tableName) {
		TableStore table = this.context.catalog().describeRequired(tableName);
		table.lock().lock();
		try {
			this.context.catalog().remove(tableName);
			this.context.throughput().remove(tableName);
			TableStream stream = this.context.streams().current(tableName);
			if (stream != null) {
				// the stream stays readable for its retention after the table is gone
				stream.disable();
			}
		}
		finally {
			table.lock().unlock();
		}
		return table;
	}

	/** One page of table names after {@code exclusiveStart}. */
	public TableNames list(@Nullable String exclusiveStart, @Nullable Integer limit) {
		if (limit != null && (limit < 1 || limit > 100)) {
			throw EngineException.validation(
					"1 validation error detected: Value '%d' at 'limit' failed to satisfy constraint: Member must have value %s",
					limit, (limit < 1) ? "greater than or equal to 1" : "less than or equal to 100");
		}
		if (exclusiveStart != null) {
			NameRules.check(exclusiveStart, "exclusiveStartTableName");
		}
		int max = (limit != null) ? limit : 100;
		List<String> names = this.context.catalog().names();
		int from = 0;
		if (exclusiveStart != null) {
			while (from < names.size() && names.get(from).compareTo(exclusiveStart) <= 0) {
				from++;
			}
		}
		int to = Math.min(names.size(), from + max);
		List<String> page = names.subList(from, to);
		String last = (to < names.size()) ? page.get(page.size() - 1) : null;
		return new TableNames(List.copyOf(page), last);
	}

	/** A page of table names and the LastEvaluatedTableName, or {@code null}. */
	public record TableNames(List<String> names, @Nullable String lastEvaluatedTableName) {

	}

}
