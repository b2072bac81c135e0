package dev.ddbkit.mapping.test;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.KeyPadding;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;

/** Numbered lines whose sort key must sort numerically. */
@DynamoEntity(type = "BoxItem")
@PartitionKey("BOX#{box}")
@SortKey("ITEM#{line}")
public record BoxItem(String box, @KeyPadding(4) int line) {
}
