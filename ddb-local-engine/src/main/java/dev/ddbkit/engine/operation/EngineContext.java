package dev.ddbkit.engine.operation;

import java.time.InstantSource;

import dev.ddbkit.engine.EngineSettings;
import dev.ddbkit.engine.EngineSettings.CapacityEnforcement;
import dev.ddbkit.engine.capacity.ThroughputLimiter;
import dev.ddbkit.engine.index.IndexMaintainer;
import dev.ddbkit.engine.storage.Catalog;
import dev.ddbkit.engine.storage.ChangeListener;
import dev.ddbkit.engine.stream.StreamRecorder;
import dev.ddbkit.engine.stream.StreamRegistry;

/**
 * What every operation works on: the tables, their streams, the one clock, the settings,
 * the listener every table write tells (index maintenance, then stream records) and the
 * throughput limiter.
 */
public record EngineContext(Catalog catalog, InstantSource clock, EngineSettings settings, StreamRegistry streams,
		StreamRecorder recorder, ChangeListener changes, EngineThroughput throughput) {

	/** A context with empty catalog and stream registry. */
	public static EngineContext create(InstantSource clock, EngineSettings settings) {
		StreamRegistry streams = new StreamRegistry();
		StreamRecorder recorder = new StreamRecorder(clock, streams);
		CapacityEnforcement enforcement = settings.capacityEnforcement();
		ThroughputLimiter limiter = (enforcement != CapacityEnforcement.OFF) ? ThroughputLimiter.create(clock,
				settings.throughput().withEnforced(enforcement == CapacityEnforcement.ENFORCE)) : null;
		return new EngineContext(new Catalog(), clock, settings, streams, recorder,
				ChangeListener.of(new IndexMaintainer(), recorder), new EngineThroughput(limiter, settings));
	}

}
