package dev.ddbkit.engine.operation;

import java.time.InstantSource;

import dev.ddbkit.engine.EngineSettings;
import dev.ddbkit.engine.storage.Catalog;

/**
 * What every operation works on: the tables, the one clock and the settings.
 */
public record EngineContext(Catalog catalog, InstantSource clock, EngineSettings settings) {

}
