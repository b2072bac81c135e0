package dev.ddbkit.engine.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random list updates checked against a plain {@link java.util.List} model.
 */
class UpdateModelUnitTests {

	@Property(tries = 500)
	void removingListIndexesMatchesRemovingThemFromTheOriginalList(@ForAll long seed) {
		// DynamoDB rule: REMOVE list[i], list[j] removes the elements at i and j of the
		// list
		// as it was before the update; indexes past the end remove nothing.
		Random random = new Random(seed);
		List<Value> original = new ArrayList<>();
		int size = random.nextInt(8);
		for (int i = 0; i < size; i++) {
			original.add(Value.n(i));
		}
		TreeSet<Integer> indexes = new TreeSet<>();
		int count = 1 + random.nextInt(4);
		while (indexes.size() < count) {
			indexes.add(random.nextInt(10));
		}
		List<String> paths = new ArrayList<>();
		indexes.forEach((index) -> paths.add("entries[" + index + "]"));
		java.util.Collections.shuffle(paths, random);
		List<Value> expected = new ArrayList<>();
		for (int i = 0; i < original.size(); i++) {
			if (!indexes.contains(i)) {
				expected.add(original.get(i));
			}
		}
		Item item = Items.item("entries", new Value.L(original));
		Item updated = new ExpressionCompiler(null, null).update("REMOVE " + String.join(", ", paths)).apply(item);
		assertThat(updated.get("entries")).isEqualTo(new Value.L(expected));
	}

	@Property(tries = 500)
	void settingListIndexesReplacesOrAppendsLikeTheModel(@ForAll long seed) {
		// DynamoDB rule: SET list[i] = v replaces element i, or appends v when i is past
		// the end of the list.
		Random random = new Random(seed);
		List<Value> model = new ArrayList<>();
		int size = random.nextInt(6);
		for (int i = 0; i < size; i++) {
			model.add(Value.s("old" + i));
		}
		Item item = Items.item("entries", new Value.L(model));
		int index = random.nextInt(9);
		Value value = Value.s("new");
		if (index < model.size()) {
			model.set(index, value);
		}
		else {
			model.add(value);
		}
		ExpressionCompiler compiler = new ExpressionCompiler(null, Items.values(":v", value));
		Item updated = compiler.update("SET entries[" + index + "] = :v").apply(item);
		assertThat(updated.get("entries")).isEqualTo(new Value.L(model));
	}

}
