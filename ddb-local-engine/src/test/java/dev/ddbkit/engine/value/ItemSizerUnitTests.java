package dev.ddbkit.engine.value;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

// Item size is the sum of attribute name lengths and value sizes (Developer Guide,
// "DynamoDB item sizes and formats"): S UTF-8 bytes, N about 1 byte per 2 significant
// digits + 1, BOOL/NULL 1, L/M 3 bytes + 1 per element + elements.
class ItemSizerUnitTests {

	@Test
	void stringsCountUtf8BytesOfNameAndValue() {
		Item item = new Item(Map.of("name", Value.s("héllo\uD83D\uDE00")));
		assertThat(ItemSizer.sizeOf(item)).isEqualTo(4 + 6 + 4);
	}

	@Test
	void numbersCountDigitPairsAlignedOnTheDecimalPointPlusOne() {
		assertThat(ItemSizer.sizeOfNumber(BigDecimal.ZERO)).isEqualTo(1);
		assertThat(ItemSizer.sizeOfNumber(new BigDecimal("7"))).isEqualTo(2);
		assertThat(ItemSizer.sizeOfNumber(new BigDecimal("12"))).isEqualTo(2);
		assertThat(ItemSizer.sizeOfNumber(new BigDecimal("123"))).isEqualTo(3);
		assertThat(ItemSizer.sizeOfNumber(new BigDecimal("1000"))).isEqualTo(2);
		assertThat(ItemSizer.sizeOfNumber(new BigDecimal("1.1"))).isEqualTo(3);
		assertThat(ItemSizer.sizeOfNumber(new BigDecimal("-7"))).isEqualTo(3);
		assertThat(ItemSizer.sizeOfNumber(new BigDecimal("12345678901234567890123456789012345678"))).isEqualTo(20);
	}

	@Test
	void documentsCountThreeBytesPlusOnePerElement() {
		Map<String, Value> map = new LinkedHashMap<>();
		map.put("a", Value.s("xy"));
		Item item = new Item(Map.of("l", new Value.L(List.of(Value.bool(true), Value.nul())), "m", new Value.M(map),
				"e", new Value.L(List.of())));
		// l: 1 + 3 + (1+1) + (1+1) = 8; m: 1 + 3 + 1 + (1 + 2) = 8; e: 1 + 3 = 4
		assertThat(ItemSizer.sizeOf(item)).isEqualTo(20);
	}

	@Test
	void setsCountTheirMembers() {
		assertThat(ItemSizer.sizeOf(new Value.SS(Set.of("ab", "c")))).isEqualTo(3);
		assertThat(ItemSizer.sizeOf(new Value.NS(Set.of(new BigDecimal("12"), new BigDecimal("3"))))).isEqualTo(4);
		assertThat(ItemSizer.sizeOf(Value.b(new byte[10]))).isEqualTo(10);
	}

}
