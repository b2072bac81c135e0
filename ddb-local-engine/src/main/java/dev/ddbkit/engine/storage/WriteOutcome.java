package dev.ddbkit.engine.storage;

import dev.ddbkit.engine.value.Item;
import org.jspecify.annotations.Nullable;

/**
 * The item before and after a write; either may be {@code null} (absent).
 */
public record WriteOutcome(@Nullable Item oldItem, @Nullable Item newItem) {

}
