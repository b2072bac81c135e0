package dev.ddbkit.mapping.observability;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DynamoHotKeysUnitTests {

	private static final int CAPACITY = 50;

	private static final int EVENTS = 100_000;

	@Test
	void reportsTheTrueHeavyHittersOfASkewedStream() {
		DynamoHotKeys hotKeys = DynamoHotKeys.create(CAPACITY);
		Map<String, Long> truth = new HashMap<>();
		ZipfKeys keys = new ZipfKeys(5_000, 1.2, new Random(2024));
		for (int i = 0; i < EVENTS; i++) {
			String key = keys.next();
			truth.merge(key, 1L, Long::sum);
			hotKeys.record("orders", key);
		}

		List<DynamoHotKey> top = hotKeys.top("orders");
		List<String> trueTop = truth.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
			.map(Map.Entry::getKey)
			.toList();

		assertThat(top).hasSize(CAPACITY);
		assertThat(top.subList(0, 5)).extracting(DynamoHotKey::partitionKey)
			.containsExactlyElementsOf(trueTop.subList(0, 5));
		// Space-Saving guarantees: each count brackets the true count, and every key
		// above N/k is tracked.
		assertThat(top).allSatisfy(
				(hot) -> assertThat(truth.get(hot.partitionKey())).isBetween(hot.guaranteedCount(), hot.count()));
		List<String> frequent = truth.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() > EVENTS / CAPACITY)
			.map(Map.Entry::getKey)
			.toList();
		assertThat(frequent).isNotEmpty();
		assertThat(top).extracting(DynamoHotKey::partitionKey).containsAll(frequent);
	}

	@Test
	void staysBoundedWhateverTheNumberOfDistinctKeys() {
		DynamoHotKeys hotKeys = DynamoHotKeys.create(CAPACITY);

		IntStream.range(0, EVENTS).forEach((i) -> hotKeys.record("orders", "ORDER#" + i));

		List<DynamoHotKey> top = hotKeys.top("orders");
		assertThat(top).hasSize(CAPACITY);
		// Every key was seen once: each counter is its key's one request plus the error
		// it inherited.
		assertThat(top).allSatisfy((hot) -> assertThat(hot.guaranteedCount()).isLessThanOrEqualTo(1));
		assertThat(top).extracting(DynamoHotKey::count).isSortedAccordingTo(Comparator.reverseOrder());
	}

	@Test
	void keepsTablesApart() {
		DynamoHotKeys hotKeys = DynamoHotKeys.create(2);
		hotKeys.record("orders", "ORDER#1");
		hotKeys.record("orders", "ORDER#1");
		hotKeys.record("customers", "ORDER#1");

		assertThat(hotKeys.tables()).containsExactlyInAnyOrder("orders", "customers");
		assertThat(hotKeys.top("orders")).containsExactly(new DynamoHotKey("orders", "ORDER#1", 2, 0));
		assertThat(hotKeys.top("customers")).containsExactly(new DynamoHotKey("customers", "ORDER#1", 1, 0));
		assertThat(hotKeys.top("products")).isEmpty();
	}

	@Test
	void anUntrackedKeyTakesOverTheSmallestCounterAndItsCountAsError() {
		DynamoHotKeys hotKeys = DynamoHotKeys.create(2);
		hotKeys.record("orders", "A");
		hotKeys.record("orders", "A");
		hotKeys.record("orders", "B");
		hotKeys.record("orders", "C");

		assertThat(hotKeys.top("orders")).containsExactly(new DynamoHotKey("orders", "A", 2, 0),
				new DynamoHotKey("orders", "C", 2, 1));
		assertThat(hotKeys.top("orders", 1)).containsExactly(new DynamoHotKey("orders", "A", 2, 0));
	}

	@Test
	void resetForgetsEveryCount() {
		DynamoHotKeys hotKeys = DynamoHotKeys.create(2);
		hotKeys.record("orders", "A");

		hotKeys.reset();

		assertThat(hotKeys.top("orders")).isEmpty();
	}

	@Test
	void rejectsACapacityBelowOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> DynamoHotKeys.create(0))
			.withMessage("capacity must be at least 1 but was 0");
	}

	/** Keys drawn with probability proportional to 1 / rank^exponent. */
	private static final class ZipfKeys {

		private final double[] cumulative;

		private final Random random;

		ZipfKeys(int keys, double exponent, Random random) {
			this.cumulative = new double[keys];
			double sum = 0;
			for (int rank = 1; rank <= keys; rank++) {
				sum += 1 / Math.pow(rank, exponent);
				this.cumulative[rank - 1] = sum;
			}
			this.random = random;
		}

		String next() {
			double point = this.random.nextDouble() * this.cumulative[this.cumulative.length - 1];
			int index = java.util.Arrays.binarySearch(this.cumulative, point);
			return "CUSTOMER#" + ((index >= 0) ? index : -index - 1);
		}

	}

}
