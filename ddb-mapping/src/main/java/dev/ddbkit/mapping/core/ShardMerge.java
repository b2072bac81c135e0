package dev.ddbkit.mapping.core;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

import dev.ddbkit.mapping.query.KeyCondition;
import dev.ddbkit.mapping.schema.AccessPath;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The scatter-gather read of a query on a sharded partition key: one Query per shard,
 * read lazily page by page, merged by the path's sort key in the query's direction (ties
 * in shard order), so that limits apply after the merge.
 * <p>
 * Its position ({@link #position()}) records every shard: the key of the last item taken
 * from it as {@code <shard>/<attribute>} entries, or {@code <shard>/} = {@code "done"}
 * once the shard is exhausted; a shard without entries starts from its beginning. The
 * position is a flat map of string attributes, so it travels as a
 * {@code LastEvaluatedKey}, a {@link dev.ddbkit.mapping.query.DynamoCursor} or a keyset
 * scroll position.
 */
final class ShardMerge implements Iterator<Map<String, AttributeValue>> {

	private static final String DONE = "done";

	private final AccessPath path;

	private final boolean scanForward;

	private final List<Shard> shards = new ArrayList<>();

	/**
	 * Starts the merge.
	 * @param target the query, its key condition compiled without shard suffix
	 * @param scanForward ascending sort key order
	 * @param position a position from {@link #position()}, {@code null} to start
	 * @param limit the entities wanted (0 for all), to size the first request per shard;
	 * {@code null} to read pages whole (filters)
	 * @param fetch sends one Query
	 */
	ShardMerge(QueryExecutor.Target target, boolean scanForward, @Nullable Map<String, AttributeValue> position,
			@Nullable Integer limit, Fetch fetch) {
		this.path = target.path();
		this.scanForward = scanForward;
		KeyCondition condition = target.condition();
		if (condition == null) {
			throw new IllegalArgumentException("A scan is not sharded");
		}
		List<KeyCondition> conditions = condition.shardConditions();
		Map<Integer, Map<String, AttributeValue>> starts = decode(position, conditions.size());
		for (int i = 0; i < conditions.size(); i++) {
			Integer first = (limit == null || limit == 0) ? null
					: Math.max(1, -Math.floorDiv(-limit, conditions.size())) + 1;
			Integer later = (limit == null || limit == 0) ? null : limit + 1;
			this.shards.add(new Shard(i, target.withCondition(conditions.get(i)), starts.get(i), first, later, fetch));
		}
	}

	@Override
	public boolean hasNext() {
		for (Shard shard : this.shards) {
			if (shard.peek() != null) {
				return true;
			}
		}
		return false;
	}

	@Override
	public Map<String, AttributeValue> next() {
		Shard next = null;
		for (Shard shard : this.shards) {
			Map<String, AttributeValue> head = shard.peek();
			if (head != null && (next == null || compare(head, next.peek()) < 0)) {
				next = shard;
			}
		}
		if (next == null) {
			throw new NoSuchElementException();
		}
		return next.take();
	}

	/** Where every shard stands, to continue after the items taken so far. */
	Map<String, AttributeValue> position() {
		Map<String, AttributeValue> position = new LinkedHashMap<>();
		for (Shard shard : this.shards) {
			if (shard.done()) {
				position.put(shard.index + "/", AttributeValue.fromS(DONE));
				continue;
			}
			Map<String, AttributeValue> key = (shard.last != null) ? QueryExecutor.keyOf(shard.last, this.path)
					: shard.initial;
			if (key != null) {
				key.forEach((name, value) -> position.put(shard.index + "/" + name, value));
			}
		}
		return position;
	}

	private int compare(Map<String, AttributeValue> a, Map<String, AttributeValue> b) {
		String sort = this.path.sortAttribute();
		if (sort == null) {
			return 0;
		}
		int order = compare(a.get(sort), b.get(sort));
		return this.scanForward ? order : -order;
	}

	/** Compares key values as DynamoDB orders them: S and B by bytes, N numerically. */
	static int compare(@Nullable AttributeValue a, @Nullable AttributeValue b) {
		if (a == null || b == null) {
			return (a == null) ? ((b == null) ? 0 : -1) : 1;
		}
		if (a.n() != null && b.n() != null) {
			return new BigDecimal(a.n()).compareTo(new BigDecimal(b.n()));
		}
		if (a.b() != null && b.b() != null) {
			return Arrays.compareUnsigned(a.b().asByteArrayUnsafe(), b.b().asByteArrayUnsafe());
		}
		return Arrays.compareUnsigned(String.valueOf(a.s()).getBytes(StandardCharsets.UTF_8),
				String.valueOf(b.s()).getBytes(StandardCharsets.UTF_8));
	}

	private static Map<Integer, Map<String, AttributeValue>> decode(@Nullable Map<String, AttributeValue> position,
			int shards) {
		Map<Integer, Map<String, AttributeValue>> starts = new TreeMap<>();
		if (position == null) {
			return starts;
		}
		position.forEach((name, value) -> {
			int slash = name.indexOf('/');
			int shard;
			try {
				shard = (slash > 0) ? Integer.parseInt(name.substring(0, slash)) : -1;
			}
			catch (NumberFormatException ex) {
				shard = -1;
			}
			if (shard < 0 || shard >= shards) {
				throw new InvalidDataAccessApiUsageException("The cursor is not one of a query over " + shards
						+ " shards: it has '" + name + "'; pass the cursor of a previous page of the same query");
			}
			starts.computeIfAbsent(shard, (s) -> new LinkedHashMap<>()).put(name.substring(slash + 1), value);
		});
		return starts;
	}

	/** Sends one Query of one shard. */
	@FunctionalInterface
	interface Fetch {

		QueryExecutor.Response fetch(QueryExecutor.Target target, @Nullable Map<String, AttributeValue> start,
				@Nullable Integer limit);

	}

	private static final class Shard {

		private final int index;

		private final QueryExecutor.Target target;

		private final @Nullable Map<String, AttributeValue> initial;

		private final @Nullable Integer firstLimit;

		private final @Nullable Integer laterLimit;

		private final Fetch fetch;

		private final Deque<Map<String, AttributeValue>> buffer = new ArrayDeque<>();

		private @Nullable Map<String, AttributeValue> start;

		private @Nullable Map<String, AttributeValue> last;

		private boolean exhausted;

		private int requests;

		Shard(int index, QueryExecutor.Target target, @Nullable Map<String, AttributeValue> start,
				@Nullable Integer firstLimit, @Nullable Integer laterLimit, Fetch fetch) {
			this.index = index;
			this.target = target;
			this.firstLimit = firstLimit;
			this.laterLimit = laterLimit;
			this.fetch = fetch;
			this.exhausted = start != null && start.containsKey("");
			this.initial = this.exhausted ? null : start;
			this.start = this.initial;
		}

		@Nullable Map<String, AttributeValue> peek() {
			while (this.buffer.isEmpty() && !this.exhausted) {
				// the first request asks for this shard's share of the limit; later ones
				// for the whole limit, as the items may all sit in this shard
				QueryExecutor.Response response = this.fetch.fetch(this.target, this.start,
						(this.requests++ == 0) ? this.firstLimit : this.laterLimit);
				this.buffer.addAll(response.items());
				this.start = response.lastEvaluatedKey();
				this.exhausted = this.start == null;
			}
			return this.buffer.peekFirst();
		}

		Map<String, AttributeValue> take() {
			this.last = this.buffer.removeFirst();
			return this.last;
		}

		boolean done() {
			return this.exhausted && this.buffer.isEmpty();
		}

	}

}
