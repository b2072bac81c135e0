package dev.ddbkit.it.mapping.domain;

import java.math.BigDecimal;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.KeyPadding;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;

/**
 * A sensor reading whose sort key leads with a free-form period such as {@code 2024-05},
 * {@code 2024-050} or {@code 2024-05-01}: a prefix bound that does not end on the
 * separator would mix them up.
 */
@DynamoEntity(type = "Reading")
@PartitionKey("SENSOR#{sensor}")
@SortKey("DAY#{day}#{seq}")
public record Reading(String sensor, String day, @KeyPadding(4) int seq, BigDecimal value) {
}
