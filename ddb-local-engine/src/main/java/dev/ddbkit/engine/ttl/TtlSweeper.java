package dev.ddbkit.engine.ttl;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

import dev.ddbkit.engine.storage.Catalog;
import dev.ddbkit.engine.storage.TableStore;
import dev.ddbkit.engine.storage.WriteDecision;
import dev.ddbkit.engine.storage.WriteOutcome;
import dev.ddbkit.engine.stream.StreamRecorder;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.PrimaryKey;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Deletes expired items of tables with TTL enabled: an item whose TTL attribute is a
 * Number of epoch seconds at least {@code delay} in the past. Until a sweep deletes it,
 * an expired item is read like any other. Each deletion is a service delete in the
 * table's stream.
 * <p>
 * Source: DynamoDB Developer Guide, "Time to Live (TTL)" (the attribute must be a Number
 * in epoch seconds; other types are ignored; items whose expiry is more than five years
 * in the past are not deleted; expired items remain readable until deleted; TTL deletions
 * appear in streams with the service principal).
 */
public final class TtlSweeper {

	private static final Duration FIVE_YEARS = Duration.ofDays(5 * 365);

	private final Catalog catalog;

	private final InstantSource clock;

	private final Duration delay;

	private final StreamRecorder recorder;

	private final Deletions deletions;

	public TtlSweeper(Catalog catalog, InstantSource clock, Duration delay, StreamRecorder recorder) {
		this(catalog, clock, delay, recorder, (table, key, outcome) -> {
		});
	}

	/**
	 * A sweeper that also tells {@code deletions} of every item it deleted (TTL deletes
	 * consume no write capacity, but free storage).
	 */
	public TtlSweeper(Catalog catalog, InstantSource clock, Duration delay, StreamRecorder recorder,
			Deletions deletions) {
		this.catalog = catalog;
		this.clock = clock;
		this.delay = delay;
		this.recorder = recorder;
		this.deletions = deletions;
	}

	/** Told of each item a sweep deleted, after the deletion. */
	@FunctionalInterface
	public interface Deletions {

		/**
		 * An expired item was deleted.
		 * @param table the table
		 * @param key the item's key
		 * @param outcome the item before (and {@code null} after)
		 */
		void deleted(TableStore table, PrimaryKey key, WriteOutcome outcome);

	}

	/**
	 * Deletes what has expired now.
	 * @return the number of items deleted
	 */
	public int sweep() {
		Instant now = this.clock.instant();
		int deleted = 0;
		for (String name : this.catalog.names()) {
			TableStore table = this.catalog.get(name);
			String attribute = (table != null) ? table.timeToLiveAttribute() : null;
			if (attribute != null) {
				deleted += sweep(table, attribute, now);
			}
		}
		return deleted;
	}

	private int sweep(TableStore table, String attribute, Instant now) {
		List<PrimaryKey> expired = new ArrayList<>();
		table.items().partitions().values().forEach((partition) -> partition.values().forEach((stored) -> {
			if (isExpired(stored.item(), attribute, now)) {
				expired.add(table.definition().keySchema().keyOf(stored.item()));
			}
		}));
		int deleted = 0;
		for (PrimaryKey key : expired) {
			boolean[] removed = { false };
			WriteOutcome[] outcome = new WriteOutcome[1];
			this.recorder.asService(() -> outcome[0] = table.write(key, (current) -> {
				// decided again inside the write: the item may have been changed since
				// the scan
				if (current != null && isExpired(current, attribute, now)) {
					removed[0] = true;
					return WriteDecision.delete();
				}
				return WriteDecision.keep();
			}));
			if (removed[0]) {
				deleted++;
				this.deletions.deleted(table, key, outcome[0]);
			}
		}
		return deleted;
	}

	private boolean isExpired(Item item, String attribute, Instant now) {
		Instant expiry = expiry(item.get(attribute));
		return expiry != null && !now.isBefore(expiry.plus(this.delay)) && expiry.isAfter(now.minus(FIVE_YEARS));
	}

	private static @Nullable Instant expiry(@Nullable Value value) {
		if (!(value instanceof Value.N number)) {
			return null;
		}
		BigDecimal seconds = number.value();
		if (seconds.signum() < 0 || seconds.compareTo(BigDecimal.valueOf(Instant.MAX.getEpochSecond())) > 0) {
			return null;
		}
		return Instant.ofEpochSecond(seconds.longValue());
	}

}
