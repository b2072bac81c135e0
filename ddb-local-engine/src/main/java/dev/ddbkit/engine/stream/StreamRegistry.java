package dev.ddbkit.engine.stream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/**
 * The streams of every table, by table name: the current one (enabled or not) and older
 * ones still readable, in creation order.
 */
public final class StreamRegistry {

	private final Map<String, List<TableStream>> streams = new ConcurrentHashMap<>();

	private final AtomicLong sequence = new AtomicLong();

	/** The engine-wide sequence of stream records. */
	public AtomicLong sequence() {
		return this.sequence;
	}

	/** Starts a new stream for a table; the caller holds the table's write lock. */
	public TableStream enable(String tableName, String tableArn, StreamViewType viewType, Instant now) {
		TableStream stream = new TableStream(tableArn, viewType, now, this.sequence.get() + 1);
		this.streams.computeIfAbsent(tableName, (name) -> new CopyOnWriteArrayList<>()).add(stream);
		return stream;
	}

	/** The latest stream of a table, or {@code null}. */
	public @Nullable TableStream current(String tableName) {
		List<TableStream> list = this.streams.get(tableName);
		return (list != null && !list.isEmpty()) ? list.get(list.size() - 1) : null;
	}

	/** The stream with this ARN, or {@code null}. */
	public @Nullable TableStream find(String streamArn) {
		for (List<TableStream> list : this.streams.values()) {
			for (TableStream stream : list) {
				if (stream.arn().equals(streamArn)) {
					return stream;
				}
			}
		}
		return null;
	}

	/** The table a stream belongs to, or {@code null}. */
	public @Nullable String tableOf(TableStream stream) {
		for (Map.Entry<String, List<TableStream>> entry : this.streams.entrySet()) {
			if (entry.getValue().contains(stream)) {
				return entry.getKey();
			}
		}
		return null;
	}

	/** Every stream (of one table when {@code tableName} is given), ordered by ARN. */
	public List<TableStream> list(@Nullable String tableName) {
		List<TableStream> all = new ArrayList<>();
		this.streams.forEach((name, list) -> {
			if (tableName == null || tableName.equals(name)) {
				all.addAll(list);
			}
		});
		all.sort((left, right) -> left.arn().compareTo(right.arn()));
		return all;
	}

	/** Forgets a deleted table's streams. */
	public void remove(String tableName) {
		this.streams.remove(tableName);
	}

}
