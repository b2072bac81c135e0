package dev.ddbkit.engine.operation;

import dev.ddbkit.engine.capacity.CapacityBreakdown;
import dev.ddbkit.engine.value.Item;
import org.jspecify.annotations.Nullable;

/**
 * What a single-item write answers: the attributes ReturnValues asked for (or
 * {@code null}) and the capacity it consumed.
 */
public record WriteResult(@Nullable Item attributes, CapacityBreakdown capacity) {

}
