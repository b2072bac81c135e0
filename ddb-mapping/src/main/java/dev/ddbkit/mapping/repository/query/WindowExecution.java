package dev.ddbkit.mapping.repository.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.ddbkit.mapping.core.DynamoOperations;
import dev.ddbkit.mapping.query.DynamoCursor;
import dev.ddbkit.mapping.query.DynamoQuery;
import dev.ddbkit.mapping.schema.AccessPath;
import dev.ddbkit.mapping.schema.EntitySchema;
import dev.ddbkit.mapping.schema.KeyTemplate;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Runs a {@link Window} query as Spring Data defines scrolling.
 * <ul>
 * <li>{@link KeysetScrollPosition}: the position of an entity is its table and index key
 * attributes, passed back as {@code ExclusiveStartKey}. Forward reads after the position
 * in the query's order; backward reads before it with the opposite
 * {@code ScanIndexForward} and reverses the result, so a backward window is the previous
 * window in the original order, its positions scroll backward too and
 * {@link Window#hasNext()} tells whether more items lie before it. An initial backward
 * position gives the last window. One item more than the window is read, so
 * {@code hasNext()} is exact.</li>
 * <li>On a partition key written over shards, the position is still one entity's keys;
 * every shard continues from that entity's sort key. The repository factory only allows
 * scrolling a sharded path whose sort key ends in a table key variable (an identifier),
 * so that no two entities share a sort key and the position is exact.</li>
 * <li>{@link OffsetScrollPosition}: DynamoDB cannot skip, so the items before the offset
 * are read and dropped.</li>
 * </ul>
 */
final class WindowExecution {

	private final DynamoOperations operations;

	private final EntitySchema<?> schema;

	private final AccessPath path;

	WindowExecution(DynamoOperations operations, EntitySchema<?> schema, AccessPath path) {
		this.operations = operations;
		this.schema = schema;
		this.path = path;
	}

	/**
	 * Reads one window.
	 * @param query the bound query in the invocation's direction
	 * @param position where to continue, {@code null} for the start
	 * @param limit the window size, 0 for every remaining item
	 * @return the window
	 */
	Window<Object> window(DynamoQuery.Builder<?> query, @Nullable ScrollPosition position, int limit) {
		if (position instanceof OffsetScrollPosition offset) {
			return offsetWindow(query, offset, limit);
		}
		if (position != null && !(position instanceof KeysetScrollPosition)) {
			throw new InvalidDataAccessApiUsageException(
					"Unsupported scroll position " + position + "; pass a keyset or an offset position");
		}
		KeysetScrollPosition keyset = (position != null) ? (KeysetScrollPosition) position : ScrollPosition.keyset();
		boolean backward = keyset.scrollsBackward();
		if (backward && query.build().isScan()) {
			throw new InvalidDataAccessApiUsageException(
					"A Scan reads in no particular order and cannot scroll backward; scroll forward");
		}
		if (backward) {
			query.scanForward(!query.build().isScanForward());
		}
		if (!keyset.isInitial()) {
			query.cursor(DynamoCursor.encode(startKey(keyset)));
		}
		// one item more than the window tells exactly whether another window follows
		List<Object> items = new ArrayList<>(
				this.operations.query(query.limit((limit > 0) ? limit + 1 : 0).build()).items());
		boolean hasNext = limit > 0 && items.size() > limit;
		if (hasNext) {
			items.remove(limit);
		}
		if (backward) {
			Collections.reverse(items);
		}
		return Window.from(items, (index) -> ScrollPosition.of(keyOf(items.get(index)), keyset.getDirection()),
				hasNext);
	}

	private Window<Object> offsetWindow(DynamoQuery.Builder<?> query, OffsetScrollPosition offset, int limit) {
		long first = offset.isInitial() ? 0 : offset.getOffset() + 1;
		List<Object> items;
		try (Stream<?> all = this.operations.stream(query.build())) {
			items = all.skip(first).limit((limit > 0) ? limit + 1L : Long.MAX_VALUE).map(Object.class::cast).toList();
		}
		boolean hasNext = limit > 0 && items.size() > limit;
		return Window.from(hasNext ? items.subList(0, limit) : items, offset.positionFunction(), hasNext);
	}

	private Map<String, AttributeValue> startKey(KeysetScrollPosition keyset) {
		List<String> expected = keyAttributes();
		if (!keyset.getKeys().keySet().equals(Set.copyOf(expected))) {
			throw new InvalidDataAccessApiUsageException("Scroll position keys " + keyset.getKeys().keySet()
					+ " do not continue a query on the " + this.path.displayName() + ", which needs " + expected
					+ "; pass a position from a Window of the same method");
		}
		Map<String, AttributeValue> start = new LinkedHashMap<>();
		keyset.getKeys().forEach((name, value) -> start.put(name, AttributeValue.fromS(String.valueOf(value))));
		return this.path.partitionKey().isSharded() ? shardPositions(start) : start;
	}

	/**
	 * The template's position of a query over every shard (each entry as
	 * {@code <shard>/<attribute>}) that continues after one entity in either direction:
	 * every shard starts at the entity's sort key, in its own partition. Exact as sort
	 * keys are unique across shards (checked at start-up): an entity of another shard
	 * with the very same sort key would be repeated or skipped.
	 */
	private Map<String, AttributeValue> shardPositions(Map<String, AttributeValue> start) {
		KeyTemplate partition = this.path.partitionKey();
		String stored = String.valueOf(start.get(this.path.partitionAttribute()).s());
		String rendered = stored.substring(0, stored.lastIndexOf('#'));
		Map<String, AttributeValue> position = new LinkedHashMap<>();
		for (int shard = 0; shard < partition.shards(); shard++) {
			for (Map.Entry<String, AttributeValue> key : start.entrySet()) {
				position.put(shard + "/" + key.getKey(), key.getKey().equals(this.path.partitionAttribute())
						? AttributeValue.fromS(partition.shardKey(rendered, shard)) : key.getValue());
			}
		}
		return position;
	}

	private List<String> keyAttributes() {
		List<String> names = new ArrayList<>(
				List.of(EntitySchema.PARTITION_KEY_ATTRIBUTE, EntitySchema.SORT_KEY_ATTRIBUTE));
		if (this.path.indexName() != null) {
			names.add(this.path.partitionAttribute());
			if (this.path.sortAttribute() != null) {
				names.add(this.path.sortAttribute());
			}
		}
		return names;
	}

	private Map<String, Object> keyOf(Object entity) {
		Map<String, String> rendered = this.schema.renderKeyAttributes(entity);
		Map<String, Object> keys = new LinkedHashMap<>();
		keyAttributes().forEach((name) -> keys.put(name, rendered.get(name)));
		return keys;
	}

}
