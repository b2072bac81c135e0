package dev.ddbkit.mapping.test;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;

/**
 * One slot of a hit counter whose partition key is written over 10 shards: writers spread
 * increments over the slots, readers sum every slot.
 */
@DynamoEntity(type = "HitCounter")
@PartitionKey(value = "HITS#{name}", shards = 10)
@SortKey("SLOT#{slot}")
public record HitCounter(String name, int slot, long hits) {

}
