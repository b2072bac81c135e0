package dev.ddbkit.mapping.test;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;

/** A composite sort key whose leading component takes tricky string values. */
@DynamoEntity(type = "Reading")
@PartitionKey("SENSOR#{sensor}")
@SortKey("DAY#{day}#{id}")
public record Reading(String sensor, String day, String id, int value) {
}
