package dev.ddbkit.it.repository;

/** The composite identifier of a reading. */
public record ReadingKey(String sensor, String day, int seq) {
}
