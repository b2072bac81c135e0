package dev.ddbkit.mapping.test;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;

/** {@link HitCounter} without sharding: every slot in one partition key. */
@DynamoEntity(type = "HotCounter")
@PartitionKey("HOT#{name}")
@SortKey("SLOT#{slot}")
public record HotCounter(String name, int slot, long hits) {

}
