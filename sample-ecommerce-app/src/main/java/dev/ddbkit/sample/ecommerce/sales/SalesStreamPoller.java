package dev.ddbkit.sample.ecommerce.sales;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link SalesStreamListener} on one background thread, every
 * {@code sample.sales.poll-interval} (default 500 ms), as a stream consumer polls
 * GetRecords.
 */
@Component
class SalesStreamPoller implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(SalesStreamPoller.class);

	private final SalesStreamListener listener;

	private final Duration interval;

	private @Nullable ScheduledExecutorService executor;

	SalesStreamPoller(SalesStreamListener listener, @Value("${sample.sales.poll-interval:500ms}") Duration interval) {
		this.listener = listener;
		this.interval = interval;
	}

	@Override
	public synchronized void start() {
		if (!this.listener.isActive() || this.executor != null) {
			return;
		}
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "sales-stream");
			thread.setDaemon(true);
			return thread;
		});
		executor.scheduleWithFixedDelay(this::poll, 0, this.interval.toMillis(), TimeUnit.MILLISECONDS);
		this.executor = executor;
	}

	private void poll() {
		try {
			this.listener.catchUp();
		}
		catch (RuntimeException ex) {
			// Keep polling: the next run starts again from the last record applied.
			logger.warn("Daily sales stream poll failed: " + ex.getMessage(), ex);
		}
	}

	@Override
	public synchronized void stop() {
		if (this.executor != null) {
			this.executor.shutdownNow();
			this.executor = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.executor != null;
	}

}
