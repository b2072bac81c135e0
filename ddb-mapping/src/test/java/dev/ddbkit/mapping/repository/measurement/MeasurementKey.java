package dev.ddbkit.mapping.repository.measurement;

/** The table key properties of a {@link Measurement}. */
public record MeasurementKey(String sensor, String day, String seq) {
}
