package dev.ddbkit.engine.schema;

/**
 * Provisioned read and write capacity units per second.
 */
public record Throughput(long readCapacityUnits, long writeCapacityUnits) {

}
