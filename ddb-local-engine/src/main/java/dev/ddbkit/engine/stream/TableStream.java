package dev.ddbkit.engine.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * One stream of a table: its ARN and label, view type, state, and its records in one
 * shard. Records older than the 24-hour retention are trimmed on the engine clock.
 * <p>
 * Source: DynamoDB Developer Guide, "Change data capture for DynamoDB Streams" (records
 * kept 24 hours; each change appears once, in order per item).
 */
public final class TableStream {

	/** How long records are kept. */
	public static final Duration RETENTION = Duration.ofHours(24);

	private final String arn;

	private final String label;

	private final String shardId;

	private final StreamViewType viewType;

	private final Instant createdAt;

	private final long firstSequenceNumber;

	private final ConcurrentSkipListMap<Long, ChangeRecord> records = new ConcurrentSkipListMap<>();

	private volatile boolean enabled = true;

	private volatile long lastSequenceNumber = -1;

	private volatile long trimmedThrough = -1;

	public TableStream(String tableArn, StreamViewType viewType, Instant createdAt, long firstSequenceNumber) {
		this.label = createdAt.toString().replace("Z", "");
		this.arn = tableArn + "/stream/" + this.label;
		this.shardId = String.format("shardId-%020d-%08x", createdAt.toEpochMilli(), this.arn.hashCode());
		this.viewType = viewType;
		this.createdAt = createdAt;
		this.firstSequenceNumber = firstSequenceNumber;
	}

	public String arn() {
		return this.arn;
	}

	public String label() {
		return this.label;
	}

	public String shardId() {
		return this.shardId;
	}

	public StreamViewType viewType() {
		return this.viewType;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public boolean enabled() {
		return this.enabled;
	}

	/** Stops recording; the shard closes at the last record. */
	public void disable() {
		this.enabled = false;
	}

	/** The first sequence number the shard can hold. */
	public long firstSequenceNumber() {
		return this.firstSequenceNumber;
	}

	/** The last sequence number written, or -1 before the first record. */
	public long lastSequenceNumber() {
		return this.lastSequenceNumber;
	}

	/** Appends a record; the caller holds the table's write lock. */
	public void append(ChangeRecord record) {
		this.records.put(record.sequenceNumber(), record);
		this.lastSequenceNumber = record.sequenceNumber();
	}

	/**
	 * Up to {@code limit} records after {@code afterSequenceNumber}, oldest first,
	 * dropping those past retention at {@code now}.
	 */
	public List<ChangeRecord> read(long afterSequenceNumber, int limit, Instant now) {
		trim(now);
		List<ChangeRecord> page = new ArrayList<>();
		for (Map.Entry<Long, ChangeRecord> entry : this.records.tailMap(afterSequenceNumber, false).entrySet()) {
			if (page.size() >= limit) {
				break;
			}
			page.add(entry.getValue());
		}
		return page;
	}

	/** The last sequence number dropped by retention at {@code now}, or -1. */
	public long trimmedThrough(Instant now) {
		trim(now);
		return this.trimmedThrough;
	}

	private void trim(Instant now) {
		Instant horizon = now.minus(RETENTION);
		while (!this.records.isEmpty() && this.records.firstEntry().getValue().createdAt().isBefore(horizon)) {
			this.trimmedThrough = this.records.pollFirstEntry().getKey();
		}
	}

}
