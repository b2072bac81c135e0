package dev.ddbkit.engine.operation;

import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.capacity.CapacityBreakdown;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One page of a Query or Scan.
 *
 * @param items the returned items (empty for Select COUNT)
 * @param count the items that passed the filter
 * @param scannedCount the items read, before the filter
 * @param lastEvaluatedKey where the next page starts, or {@code null} when the read ran
 * to the end
 * @param capacity the capacity the page consumed
 */
public record Page(List<Item> items, int count, int scannedCount, @Nullable Map<String, Value> lastEvaluatedKey,
		CapacityBreakdown capacity) {

}
