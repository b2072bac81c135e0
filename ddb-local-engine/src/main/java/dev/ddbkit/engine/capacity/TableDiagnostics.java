package dev.ddbkit.engine.capacity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A table's throughput diagnostics: the table (with its LSIs, which share its throughput)
 * and each GSI.
 *
 * @param table the table
 * @param globalSecondaryIndexes per GSI name
 */
public record TableDiagnostics(ResourceDiagnostics table, Map<String, ResourceDiagnostics> globalSecondaryIndexes) {

	public TableDiagnostics {
		globalSecondaryIndexes = Collections.unmodifiableMap(new LinkedHashMap<>(globalSecondaryIndexes));
	}

}
