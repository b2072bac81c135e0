package dev.ddbkit.engine.client;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.value.Bytes;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Numbers;
import dev.ddbkit.engine.value.Value;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The response conversion that hands SDK builders views (SdkViews) and shares the BOOL
 * and NULL values gives exactly what the conversion it replaced gave: the same values,
 * attributes in the same order, at every depth, for every type. The replaced conversion
 * is kept below as the reference.
 */
class SdkViewsUnitTests {

	@Test
	void everyTypeConvertsAsTheReferenceDoes() {
		for (Value value : samples()) {
			assertThat(ValueConverter.fromValue(value)).as(value.toString()).isEqualTo(reference(value));
		}
	}

	@Test
	void directlyConstructedValuesEqualBuilderBuiltOnes() {
		AttributeValue first = ValueConverter.fromValue(Value.s("a"));
		AttributeValue number = ValueConverter.fromValue(Value.n(7));
		AttributeValue second = ValueConverter.fromValue(Value.s("b"));

		assertThat(first.s()).isEqualTo("a");
		assertThat(second.s()).isEqualTo("b");
		assertThat(first.type()).isEqualTo(AttributeValue.Type.S);
		assertThat(number.type()).isEqualTo(AttributeValue.Type.N);
		assertThat(number.s()).isNull();
		assertThat(first.hasSs() || first.hasM() || first.hasL()).isFalse();
		assertThat(first.ss()).isEmpty();
		assertThat(first).isEqualTo(AttributeValue.fromS("a")).hasSameHashCodeAs(AttributeValue.fromS("a"));
	}

	@Test
	void nestedMapsKeepTheirAttributeOrderAtEveryDepth() {
		Value nested = map("z", Value.s("last"), "a", new Value.L(List.of(map("y", Value.n(1), "b", Value.n(2)))));

		AttributeValue converted = ValueConverter.fromValue(nested);

		assertThat(converted.m().keySet()).containsExactly("z", "a");
		assertThat(converted.m().get("a").l().get(0).m().keySet()).containsExactly("y", "b");
		assertThat(converted.m()).isEqualTo(reference(nested).m());
	}

	@Test
	void aQueryPageBuiltFromViewsEqualsOneBuiltFromConvertedMaps() {
		List<Item> items = List.of(item(0), item(1), new Item(Map.of()), item(2));

		QueryResponse viewed = QueryResponse.builder().items(SdkViews.items(items)).build();
		QueryResponse converted = QueryResponse.builder().items(referenceItems(items)).build();

		assertThat(viewed).isEqualTo(converted);
		for (int i = 0; i < items.size(); i++) {
			assertThat(viewed.items().get(i).keySet()).containsExactlyElementsOf(items.get(i).attributes().keySet());
		}
	}

	@Test
	void anEmptyPageStillCarriesAnEmptyItemsList() {
		QueryResponse viewed = QueryResponse.builder().items(SdkViews.items(List.of())).build();

		assertThat(viewed.hasItems()).isTrue();
		assertThat(viewed.items()).isEmpty();
		assertThat(viewed).isEqualTo(QueryResponse.builder().items(referenceItems(List.of())).build());
	}

	@Test
	void builtResponsesHoldTheirOwnCopiesNotTheViews() {
		GetItemResponse response = GetItemResponse.builder().item(SdkViews.item(item(3))).build();

		assertThat(response.item().getClass().getName()).doesNotContain("SdkViews");
		assertThat(response.item()).isEqualTo(reference(item(3)));
		assertThat(GetItemResponse.builder().item(SdkViews.item(null)).build().hasItem()).isFalse();
	}

	@Test
	void aViewIsACompleteMap() {
		Item item = item(4);
		Map<String, AttributeValue> view = SdkViews.item(item);
		Map<String, AttributeValue> expected = reference(item);

		assertThat(view).isEqualTo(expected).hasSameHashCodeAs(expected);
		assertThat(expected).isEqualTo(view);
		assertThat(view.keySet()).containsExactlyElementsOf(expected.keySet());
		assertThat(new ArrayList<>(view.values())).containsExactlyElementsOf(expected.values());
		assertThat(view.get("doc")).isEqualTo(expected.get("doc"));
		assertThat(view.get("missing")).isNull();
		assertThat(view.containsKey("sets")).isTrue();
		assertThat(view).hasSize(expected.size());
		assertThat(SdkViews.values(List.of(Value.s("a"), Value.n(2)))).containsExactly(AttributeValue.fromS("a"),
				AttributeValue.fromN("2"));
	}

	@Test
	void fromValuesKeepsOrderAndValues() {
		Item item = item(5);

		Map<String, AttributeValue> converted = ValueConverter.fromValues(item.attributes());

		assertThat(converted).isEqualTo(reference(item));
		assertThat(converted.keySet()).containsExactlyElementsOf(item.attributes().keySet());
	}

	private static Item item(int i) {
		Map<String, Value> attributes = new LinkedHashMap<>();
		attributes.put("PK", Value.s("P#" + i));
		attributes.put("SK", Value.s("I#" + i));
		attributes.put("n", Value.n(new BigDecimal("-1.5E-" + i)));
		attributes.put("doc", map("list", new Value.L(samples()), "empty", map()));
		attributes.put("sets", new Value.L(List.of(strings("b", "a"), numbers("1E+3", "0.25"), binaries("x", "y"))));
		attributes.put("flag", Value.bool(i % 2 == 0));
		attributes.put("nothing", Value.nul());
		return new Item(attributes);
	}

	/** One value of every type, with edge cases: exponents, empty string, empty L/M. */
	private static List<Value> samples() {
		return List.of(Value.s(""), Value.s("héllo \uD83D\uDE00"), Value.n(0), Value.n(new BigDecimal("123.4500")),
				Value.n(new BigDecimal("1E-7")), Value.n(new BigDecimal("1.5E+40")),
				Value.n(new BigDecimal("-0.000001")), Value.n(new BigDecimal("12345678901234567890123456789012345678")),
				Value.b(new byte[] { 0, 1, (byte) 0xFF }), Value.b(new byte[0]), Value.bool(true), Value.bool(false),
				Value.nul(), new Value.L(List.of()), map(),
				new Value.L(
						List.of(Value.s("a"), Value.nul(), map("k", new Value.L(List.of(Value.n(1), strings("x")))))),
				strings("b", "a", "c"), numbers("2E+3", "0.5", "-7", "1E-9"), binaries("one", "two"));
	}

	private static Value map(Object... namesAndValues) {
		Map<String, Value> values = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			values.put((String) namesAndValues[i], (Value) namesAndValues[i + 1]);
		}
		return new Value.M(values);
	}

	private static Value strings(String... members) {
		return new Value.SS(new LinkedHashSet<>(List.of(members)));
	}

	private static Value numbers(String... members) {
		LinkedHashSet<BigDecimal> numbers = new LinkedHashSet<>();
		for (String member : members) {
			numbers.add(new BigDecimal(member));
		}
		return new Value.NS(numbers);
	}

	private static Value binaries(String... members) {
		LinkedHashSet<Bytes> bytes = new LinkedHashSet<>();
		for (String member : members) {
			bytes.add(Bytes.copyOf(member.getBytes(StandardCharsets.UTF_8)));
		}
		return new Value.BS(bytes);
	}

	private static List<Map<String, AttributeValue>> referenceItems(List<Item> items) {
		return items.stream().map(SdkViewsUnitTests::reference).toList();
	}

	private static Map<String, AttributeValue> reference(Item item) {
		return referenceValues(item.attributes());
	}

	private static Map<String, AttributeValue> referenceValues(Map<String, Value> values) {
		Map<String, AttributeValue> attributes = new LinkedHashMap<>();
		values.forEach((name, value) -> attributes.put(name, reference(value)));
		return attributes;
	}

	/** The conversion before SdkViews, as it was. */
	private static AttributeValue reference(Value value) {
		if (value instanceof Value.S s) {
			return AttributeValue.fromS(s.value());
		}
		if (value instanceof Value.N n) {
			return AttributeValue.fromN(Numbers.toText(n.value()));
		}
		if (value instanceof Value.B b) {
			return AttributeValue.fromB(SdkBytes.fromByteArrayUnsafe(b.value().toByteArray()));
		}
		if (value instanceof Value.Bool bool) {
			return AttributeValue.fromBool(bool.value());
		}
		if (value instanceof Value.Null) {
			return AttributeValue.fromNul(true);
		}
		if (value instanceof Value.L l) {
			return AttributeValue.fromL(l.values().stream().map(SdkViewsUnitTests::reference).toList());
		}
		if (value instanceof Value.M m) {
			return AttributeValue.fromM(referenceValues(m.values()));
		}
		if (value instanceof Value.SS ss) {
			return AttributeValue.fromSs(List.copyOf(ss.values()));
		}
		if (value instanceof Value.NS ns) {
			return AttributeValue.fromNs(ns.values().stream().map(Numbers::toText).toList());
		}
		return AttributeValue.fromBs(((Value.BS) value).values()
			.stream()
			.map((bytes) -> SdkBytes.fromByteArrayUnsafe(bytes.toByteArray()))
			.toList());
	}

}
