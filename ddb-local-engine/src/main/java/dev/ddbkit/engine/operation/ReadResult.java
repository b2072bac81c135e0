package dev.ddbkit.engine.operation;

import dev.ddbkit.engine.capacity.CapacityBreakdown;
import dev.ddbkit.engine.value.Item;
import org.jspecify.annotations.Nullable;

/**
 * What GetItem answers: the item (or {@code null}) and the capacity it consumed.
 */
public record ReadResult(@Nullable Item item, CapacityBreakdown capacity) {

}
