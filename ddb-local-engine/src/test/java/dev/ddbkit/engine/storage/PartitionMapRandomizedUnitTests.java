package dev.ddbkit.engine.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;

import dev.ddbkit.engine.value.ItemSizer;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

// The storage keeps each partition's items in DynamoDB's sort-key order and never loses
// or duplicates an item: checked against a plain TreeMap model over long random
// sequences of puts, overwrites and deletes (the habit of H2's TestRandomMapOps).
class PartitionMapRandomizedUnitTests {

	@Test
	void randomOperationsMatchATreeMapModel() {
		for (long seed = 1; seed <= 8; seed++) {
			runSequence(seed);
		}
	}

	private void runSequence(long seed) {
		Random random = new Random(seed);
		PartitionMap store = new PartitionMap();
		Map<Value, TreeMap<StoreKey, Item>> model = new TreeMap<>(dev.ddbkit.engine.value.ValueOrdering.KEY_ORDER);
		for (int step = 0; step < 2_000; step++) {
			Value partition = Value.s("p" + random.nextInt(5));
			StoreKey key = StoreKey.of(List.of(Value.n(random.nextInt(200) - 100)));
			TreeMap<StoreKey, Item> modelPartition = model.computeIfAbsent(partition, (p) -> new TreeMap<>());
			if (random.nextInt(3) == 0) {
				assertThat(store.remove(partition, key)).isEqualTo(modelPartition.remove(key));
			}
			else {
				Item item = new Item(Map.of("step", Value.n(step)));
				assertThat(store.put(partition, key, item)).isEqualTo(modelPartition.put(key, item));
			}
			if (step % 100 == 0) {
				assertSameContent(store, model, seed);
			}
		}
		assertSameContent(store, model, seed);
	}

	private void assertSameContent(PartitionMap store, Map<Value, TreeMap<StoreKey, Item>> model, long seed) {
		long expectedCount = 0;
		for (Map.Entry<Value, TreeMap<StoreKey, Item>> entry : model.entrySet()) {
			NavigableMap<StoreKey, StoredItem> partition = store.partition(entry.getKey());
			List<Map.Entry<StoreKey, Item>> items = partition.entrySet()
				.stream()
				.map((stored) -> Map.entry(stored.getKey(), stored.getValue().item()))
				.toList();
			assertThat(items).as("seed %d", seed).containsExactlyElementsOf(entry.getValue().entrySet());
			for (StoredItem stored : partition.values()) {
				assertThat(stored.size()).as("seed %d", seed).isEqualTo(ItemSizer.sizeOf(stored.item()));
			}
			assertThat(new ArrayList<>(partition.descendingMap().keySet())).as("seed %d", seed)
				.containsExactlyElementsOf(entry.getValue().descendingMap().keySet());
			expectedCount += entry.getValue().size();
		}
		assertThat(store.itemCount()).isEqualTo(expectedCount);
		long scanned = store.partitions().values().stream().mapToLong(Map::size).sum();
		assertThat(scanned).isEqualTo(expectedCount);
	}

}
