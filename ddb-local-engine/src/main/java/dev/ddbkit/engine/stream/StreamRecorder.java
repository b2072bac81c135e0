package dev.ddbkit.engine.stream;

import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import dev.ddbkit.engine.value.ItemSizer;
import dev.ddbkit.engine.storage.ChangeListener;
import dev.ddbkit.engine.storage.TableStore;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Writes a stream record for every change of an item of a table whose stream is enabled,
 * inside the table's write (so records follow write order). A write that leaves the item
 * as it was writes no record.
 * <p>
 * Source: DynamoDB Developer Guide, "Change data capture for DynamoDB Streams" ("If you
 * perform a PutItem or UpdateItem operation that does not change any data in an item,
 * DynamoDB Streams does not write a stream record").
 */
public final class StreamRecorder implements ChangeListener {

	private final InstantSource clock;

	private final StreamRegistry registry;

	public StreamRecorder(InstantSource clock, StreamRegistry registry) {
		this.clock = clock;
		this.registry = registry;
	}

	private final ThreadLocal<Boolean> service = ThreadLocal.withInitial(() -> Boolean.FALSE);

	@Override
	public void changed(TableStore table, @Nullable Item oldItem, @Nullable Item newItem) {
		TableStream stream = this.registry.current(table.name());
		if (stream == null || !stream.enabled() || Objects.equals(oldItem, newItem)) {
			return;
		}
		record(table, stream, oldItem, newItem, this.service.get() && newItem == null);
	}

	/**
	 * Runs writes whose deletions the stream marks as service deletes (the TTL
	 * sweeper's).
	 */
	public void asService(Runnable writes) {
		this.service.set(Boolean.TRUE);
		try {
			writes.run();
		}
		finally {
			this.service.set(Boolean.FALSE);
		}
	}

	private void record(TableStore table, TableStream stream, @Nullable Item oldItem, @Nullable Item newItem,
			boolean serviceDelete) {
		Item any = (newItem != null) ? newItem : oldItem;
		Map<String, Value> keys = new LinkedHashMap<>();
		for (String name : table.definition().keySchema().attributeNames()) {
			keys.put(name, any.get(name));
		}
		String eventName = (oldItem == null) ? "INSERT" : (newItem == null) ? "REMOVE" : "MODIFY";
		StreamViewType view = stream.viewType();
		Item newImage = (view == StreamViewType.NEW_IMAGE || view == StreamViewType.NEW_AND_OLD_IMAGES) ? newItem
				: null;
		Item oldImage = (view == StreamViewType.OLD_IMAGE || view == StreamViewType.NEW_AND_OLD_IMAGES) ? oldItem
				: null;
		long size = ItemSizer.sizeOfAttributes(keys) + ((newImage != null) ? ItemSizer.sizeOf(newImage) : 0)
				+ ((oldImage != null) ? ItemSizer.sizeOf(oldImage) : 0);
		stream.append(new ChangeRecord(this.registry.sequence().incrementAndGet(), eventName, this.clock.instant(),
				keys, newImage, oldImage, size, view, serviceDelete));
	}

}
