package dev.ddbkit.engine.value;

import org.jspecify.annotations.Nullable;

/**
 * The primary key of an item: its partition key value and, for tables with a sort key,
 * its sort key value.
 */
public record PrimaryKey(Value partition, @Nullable Value sort) {

}
