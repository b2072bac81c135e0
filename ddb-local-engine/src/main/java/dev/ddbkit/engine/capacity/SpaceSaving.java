package dev.ddbkit.engine.capacity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A bounded top-K of heavy hitters by weight: the Space-Saving algorithm of Metwally,
 * Agrawal and El Abbadi ("Efficient Computation of Frequent and Top-k Elements in Data
 * Streams", 2005). At most {@code capacity} keys are counted; a new key evicts the
 * smallest counter and inherits its count as possible overestimate. Every key whose true
 * weight exceeds {@code total / capacity} is guaranteed to be kept.
 *
 * @param <K> the key type
 */
final class SpaceSaving<K> {

	private final int capacity;

	private final Map<K, long[]> counters = new HashMap<>();

	SpaceSaving(int capacity) {
		this.capacity = capacity;
	}

	void add(K key, long weight) {
		long[] counter = this.counters.get(key);
		if (counter != null) {
			counter[0] += weight;
			return;
		}
		if (this.counters.size() < this.capacity) {
			this.counters.put(key, new long[] { weight, 0 });
			return;
		}
		Map.@Nullable Entry<K, long[]> smallest = null;
		for (Map.Entry<K, long[]> entry : this.counters.entrySet()) {
			if (smallest == null || entry.getValue()[0] < smallest.getValue()[0]) {
				smallest = entry;
			}
		}
		if (smallest == null) {
			return;
		}
		long floor = smallest.getValue()[0];
		this.counters.remove(smallest.getKey());
		this.counters.put(key, new long[] { floor + weight, floor });
	}

	/** Keys with their counted weight and possible overestimate, heaviest first. */
	List<Counted<K>> top() {
		List<Counted<K>> result = new ArrayList<>(this.counters.size());
		this.counters.forEach((key, counter) -> result.add(new Counted<>(key, counter[0], counter[1])));
		result.sort(Comparator.comparingLong((Counted<K> counted) -> counted.weight()).reversed());
		return result;
	}

	record Counted<K>(K key, long weight, long overestimate) {

	}

}
