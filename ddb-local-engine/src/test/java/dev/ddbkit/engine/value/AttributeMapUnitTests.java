package dev.ddbkit.engine.value;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// An item's attributes are an immutable map in insertion order, whatever holds them
// (arrays up to 16 attributes, a LinkedHashMap above): checked against an unmodifiable
// LinkedHashMap as the model, on random items of 0 to 24 attributes.
class AttributeMapUnitTests {

	private final Random random = new Random(20261121);

	@Test
	void behavesAsAnUnmodifiableLinkedHashMapOnRandomItems() {
		for (int round = 0; round < 500; round++) {
			Map<String, Value> source = randomAttributes(this.random.nextInt(25));
			Map<String, Value> model = Collections.unmodifiableMap(new LinkedHashMap<>(source));
			Map<String, Value> attributes = new Item(source).attributes();

			assertThat(attributes).isEqualTo(model).hasSameHashCodeAs(model).hasToString(model.toString());
			assertThat(model).isEqualTo(attributes);
			assertThat(attributes.size()).isEqualTo(model.size());
			assertThat(attributes.isEmpty()).isEqualTo(model.isEmpty());
			assertThat(new ArrayList<>(attributes.keySet())).isEqualTo(new ArrayList<>(model.keySet()));
			assertThat(new ArrayList<>(attributes.values())).isEqualTo(new ArrayList<>(model.values()));
			assertThat(new ArrayList<>(attributes.entrySet())).isEqualTo(new ArrayList<>(model.entrySet()));
			List<String> visited = new ArrayList<>();
			attributes.forEach((name, value) -> {
				assertThat(value).isEqualTo(model.get(name));
				visited.add(name);
			});
			assertThat(visited).isEqualTo(new ArrayList<>(model.keySet()));
			for (String name : List.of("a0", "a7", "a15", "a16", "a23", "missing", "")) {
				assertThat(attributes.get(name)).isEqualTo(model.get(name));
				assertThat(attributes.containsKey(name)).isEqualTo(model.containsKey(name));
			}
			assertThat(attributes.keySet()).isEqualTo(model.keySet()).hasSameHashCodeAs(model.keySet());
			assertThat(attributes.keySet().contains("a0")).isEqualTo(model.containsKey("a0"));
			assertThat(attributes.keySet().contains("missing")).isFalse();
			assertThat(attributes.values()).hasSize(model.size());
			assertThat(attributes.get(null)).isNull();
			assertThat(attributes.containsKey(null)).isFalse();
			assertThat(new Item(attributes)).isEqualTo(new Item(source));
		}
	}

	@Test
	void cannotBeChanged() {
		for (int size : new int[] { 0, 3, 16, 17 }) {
			Map<String, Value> attributes = new Item(randomAttributes(size)).attributes();

			assertThatExceptionOfType(UnsupportedOperationException.class)
				.isThrownBy(() -> attributes.put("x", Value.s("y")));
			assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> attributes.remove("a0"));
			assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(attributes::clear);
			assertThatExceptionOfType(UnsupportedOperationException.class)
				.isThrownBy(() -> attributes.putIfAbsent("a0", Value.s("y")));
			assertThatExceptionOfType(UnsupportedOperationException.class)
				.isThrownBy(() -> attributes.putAll(Map.of()));
			assertThatExceptionOfType(UnsupportedOperationException.class)
				.isThrownBy(() -> attributes.computeIfAbsent("a0", (name) -> Value.s("y")));
			assertThatExceptionOfType(UnsupportedOperationException.class)
				.isThrownBy(() -> attributes.merge("a0", Value.s("y"), (left, right) -> right));
			if (size > 0) {
				assertThatExceptionOfType(UnsupportedOperationException.class)
					.isThrownBy(() -> attributes.entrySet().iterator().next().setValue(Value.s("z")));
				assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> {
					var entries = attributes.entrySet().iterator();
					entries.next();
					entries.remove();
				});
				assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> {
					var names = attributes.keySet().iterator();
					names.next();
					names.remove();
				});
				assertThatExceptionOfType(UnsupportedOperationException.class)
					.isThrownBy(() -> attributes.keySet().remove("a0"));
				assertThatExceptionOfType(UnsupportedOperationException.class)
					.isThrownBy(() -> attributes.values().clear());
			}
			assertThat(attributes).hasSize(size);
		}
	}

	@Test
	void keepsNullValuesAsTheModelDoes() {
		Map<String, Value> source = new LinkedHashMap<>();
		source.put("present", Value.s("x"));
		source.put("absent", null);

		Map<String, Value> attributes = new Item(source).attributes();

		assertThat(attributes.containsKey("absent")).isTrue();
		assertThat(attributes.get("absent")).isNull();
		assertThat(attributes).isEqualTo(source);
	}

	private Map<String, Value> randomAttributes(int size) {
		Map<String, Value> attributes = new LinkedHashMap<>();
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			order.add(i);
		}
		Collections.shuffle(order, this.random);
		for (int i : order) {
			attributes.put("a" + i, this.random.nextBoolean() ? Value.s("v" + this.random.nextInt(100))
					: Value.n(this.random.nextInt(1000)));
		}
		return attributes;
	}

}
