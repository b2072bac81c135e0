package dev.ddbkit.mapping.observability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The Space-Saving top-k sketch (Metwally, Agrawal, El Abbadi, 2005): at most
 * {@code capacity} counters; an untracked key takes over the smallest counter, inheriting
 * its count as error. Every key requested more than {@code total / capacity} times is
 * tracked, and a tracked key's count overestimates its true count by at most its error.
 * <p>
 * Counters sit in a tree ordered by count, so an update costs {@code O(log capacity)}.
 * Thread-safe.
 */
final class SpaceSavingSketch {

	// Ascending: the first counter is the one to evict, the smallest count and, among
	// equals, the least certain.
	private static final Comparator<Counter> BY_COUNT = Comparator.<Counter>comparingLong((counter) -> counter.count)
		.thenComparing((counter) -> counter.error, Comparator.reverseOrder())
		.thenComparingLong((counter) -> counter.stamp);

	private final String table;

	private final int capacity;

	private final Map<String, Counter> counters = new HashMap<>();

	private final TreeSet<Counter> ordered = new TreeSet<>(BY_COUNT);

	private long stamps;

	SpaceSavingSketch(String table, int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("capacity must be at least 1 but was " + capacity);
		}
		this.table = table;
		this.capacity = capacity;
	}

	String table() {
		return this.table;
	}

	synchronized void add(String key) {
		Counter counter = this.counters.get(key);
		if (counter != null) {
			this.ordered.remove(counter);
			counter.count++;
		}
		else if (this.counters.size() < this.capacity) {
			counter = new Counter(key, 1, 0);
			this.counters.put(key, counter);
		}
		else {
			Counter smallest = this.ordered.pollFirst();
			this.counters.remove(smallest.key);
			counter = new Counter(key, smallest.count + 1, smallest.count);
			this.counters.put(key, counter);
		}
		counter.stamp = this.stamps++;
		this.ordered.add(counter);
	}

	synchronized List<DynamoHotKey> top(int limit) {
		List<DynamoHotKey> top = new ArrayList<>(Math.min(limit, this.ordered.size()));
		for (Counter counter : this.ordered.descendingSet()) {
			if (top.size() == limit) {
				break;
			}
			top.add(new DynamoHotKey(this.table, counter.key, counter.count, counter.error));
		}
		return top;
	}

	synchronized long topCount() {
		return this.ordered.isEmpty() ? 0 : this.ordered.last().count;
	}

	synchronized int size() {
		return this.counters.size();
	}

	synchronized void clear() {
		this.counters.clear();
		this.ordered.clear();
	}

	private static final class Counter {

		private final String key;

		private long count;

		private final long error;

		private long stamp;

		Counter(String key, long count, long error) {
			this.key = key;
			this.count = count;
			this.error = error;
		}

	}

}
