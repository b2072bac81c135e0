package dev.ddbkit.engine.capacity;

import dev.ddbkit.engine.value.Value;

/**
 * A partition key among the most demanded of a table or index, counted in capacity units
 * asked for (granted or throttled), like CloudWatch Contributor Insights' most accessed
 * and most throttled keys.
 *
 * @param partitionKey the partition key value
 * @param capacityUnits the units counted for it (an upper bound)
 * @param overestimate by how much {@code capacityUnits} may exceed the truth
 */
public record HotKey(Value partitionKey, double capacityUnits, double overestimate) {

}
