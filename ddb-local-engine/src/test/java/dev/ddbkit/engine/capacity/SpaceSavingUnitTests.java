package dev.ddbkit.engine.capacity;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

// Space-Saving (Metwally et al., 2005): with k counters, every key heavier than total / k is kept, and each count
// overestimates the true weight by at most the reported overestimate.
class SpaceSavingUnitTests {

	@Test
	void keepsEveryHeavyHitterAmongManyLightKeys() {
		SpaceSaving<String> top = new SpaceSaving<>(10);
		Random random = new Random(42);
		long total = 0;
		for (int i = 0; i < 20_000; i++) {
			String key = (i % 5 == 0) ? "heavy" : (i % 7 == 0) ? "warm" : "light" + random.nextInt(5_000);
			top.add(key, 1);
			total++;
		}
		long bound = total / 10;
		List<SpaceSaving.Counted<String>> counted = top.top();
		assertThat(counted).hasSize(10);
		assertThat(counted.get(0).key()).isEqualTo("heavy");
		assertThat(counted.get(0).weight() - counted.get(0).overestimate()).isLessThanOrEqualTo(4_000);
		assertThat(counted.get(0).weight()).isGreaterThanOrEqualTo(4_000);
		assertThat(counted).extracting(SpaceSaving.Counted::key).contains("warm");
		assertThat(counted).allMatch((entry) -> entry.overestimate() <= bound);
	}

	@Test
	void countsExactlyWhileUnderCapacity() {
		SpaceSaving<String> top = new SpaceSaving<>(3);
		top.add("a", 5);
		top.add("b", 7);
		top.add("a", 1);
		assertThat(top.top()).containsExactly(new SpaceSaving.Counted<>("b", 7, 0),
				new SpaceSaving.Counted<>("a", 6, 0));
	}

}
