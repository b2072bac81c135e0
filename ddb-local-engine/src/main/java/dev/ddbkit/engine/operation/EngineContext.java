package dev.ddbkit.engine.operation;

import java.time.InstantSource;

import dev.ddbkit.engine.EngineSettings;
import dev.ddbkit.engine.index.IndexMaintainer;
import dev.ddbkit.engine.storage.Catalog;
import dev.ddbkit.engine.storage.ChangeListener;
import dev.ddbkit.engine.stream.StreamRecorder;
import dev.ddbkit.engine.stream.StreamRegistry;

/**
 * What every operation works on: the tables, their streams, the one clock, the settings
 * and the listener every table write tells (index maintenance, then stream records).
 */
public record EngineContext(Catalog catalog, InstantSource clock, EngineSettings settings, StreamRegistry streams,
		ChangeListener changes) {

	/** A context with empty catalog and stream registry. */
	public static EngineContext create(InstantSource clock, EngineSettings settings) {
		StreamRegistry streams = new StreamRegistry();
		return new EngineContext(new Catalog(), clock, settings, streams,
				ChangeListener.of(new IndexMaintainer(), new StreamRecorder(clock, streams)));
	}

}
