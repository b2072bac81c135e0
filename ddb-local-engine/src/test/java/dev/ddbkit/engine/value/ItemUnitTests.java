package dev.ddbkit.engine.value;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

// An item's size is DynamoDB's item size (names plus values, Developer Guide "DynamoDB
// item sizes and formats"); the item keeps it once computed, and stays a value: equal
// attributes make equal items whatever their sizes' state.
class ItemUnitTests {

	@Test
	void sizeIsTheSumOfNamesAndValuesAndStaysTheSame() {
		Item item = new Item(Map.of("name", Value.s("héllo"), "n", Value.n(new BigDecimal("12.5"))));
		long expected = ItemSizer.sizeOfAttributes(item.attributes());

		assertThat(expected).isEqualTo(4 + 6 + 1 + 3);
		assertThat(item.size()).isEqualTo(expected);
		assertThat(item.size()).isEqualTo(expected);
		assertThat(Item.EMPTY.size()).isZero();
		assertThat(Item.EMPTY.size()).isZero();
	}

	@Test
	void copiesAreSizedForTheirOwnAttributes() {
		Item item = new Item(Map.of("a", Value.s("xyz")));
		item.size();

		assertThat(item.with("b", Value.s("12")).size()).isEqualTo(4 + 3);
		assertThat(item.without("a").size()).isZero();
	}

	@Test
	void equalityHashAndTextAreThoseOfTheAttributes() {
		Map<String, Value> attributes = new LinkedHashMap<>();
		attributes.put("PK", Value.s("p"));
		attributes.put("list", new Value.L(List.of(Value.n(1))));
		Item sized = new Item(attributes);
		sized.size();
		Item unsized = new Item(attributes);

		assertThat(sized).isEqualTo(unsized).hasSameHashCodeAs(unsized);
		assertThat(sized.hashCode()).isEqualTo(attributes.hashCode());
		assertThat(sized).isNotEqualTo(new Item(Map.of("PK", Value.s("p"))));
		assertThat(sized).hasToString("Item[attributes=" + attributes + "]");
	}

	@Test
	void attributesAreACopyThatCannotChange() {
		Map<String, Value> attributes = new LinkedHashMap<>(Map.of("a", Value.s("x")));
		Item item = new Item(attributes);
		attributes.put("b", Value.s("y"));

		assertThat(item.attributes()).containsOnlyKeys("a");
		assertThat(item.size()).isEqualTo(2);
	}

}
