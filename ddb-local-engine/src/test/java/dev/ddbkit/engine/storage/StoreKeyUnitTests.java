package dev.ddbkit.engine.storage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import dev.ddbkit.engine.value.Value;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

// DynamoDB orders sort keys: S by the unsigned bytes of their UTF-8 encoding, N
// numerically, B by unsigned bytes (Developer Guide, "Supported data types"; "Query":
// results are "sorted by sort key value ... in numeric order ... otherwise ... UTF-8 bytes").
class StoreKeyUnitTests {

	@Test
	void stringsOrderByUtf8BytesSoNonAsciiFollowsAsciiAndSupplementaryFollowsBmp() {
		// UTF-16 order would put U+FFFD (0xFFFD) after U+1F600 (surrogates 0xD83D...);
		// UTF-8 order puts the 3-byte EF BF BD before the 4-byte F0 9F 98 80.
		List<String> sorted = sortedStrings("é", "Z", "a", "\uD83D\uDE00", "\uFFFD", "A", "ab", "");
		assertThat(sorted).containsExactly("", "A", "Z", "a", "ab", "é", "\uFFFD", "\uD83D\uDE00");
	}

	@Test
	void numbersOrderNumericallyIncludingNegativesAndDecimals() {
		TreeMap<StoreKey, String> map = new TreeMap<>();
		for (String number : List.of("10", "-1.5", "2", "-10", "0", "1.25", "-0.001", "1E+3", "100.0")) {
			map.put(StoreKey.of(List.of(Value.n(number))), number);
		}
		assertThat(map.values()).containsExactly("-10", "-1.5", "-0.001", "0", "1.25", "2", "10", "100.0", "1E+3");
	}

	@Test
	void binariesOrderByUnsignedBytes() {
		TreeMap<StoreKey, String> map = new TreeMap<>();
		map.put(StoreKey.of(List.of(Value.b(new byte[] { (byte) 0xFF }))), "ff");
		map.put(StoreKey.of(List.of(Value.b(new byte[] { 0x01 }))), "01");
		map.put(StoreKey.of(List.of(Value.b(new byte[] { (byte) 0x80, 0x00 }))), "8000");
		map.put(StoreKey.of(List.of(Value.b(new byte[] { 0x01, 0x00 }))), "0100");
		assertThat(map.values()).containsExactly("01", "0100", "8000", "ff");
	}

	@Test
	void boundsSitBeforeAndAfterEveryKeyTheyPrefix() {
		StoreKey stored = StoreKey.of(List.of(Value.s("b"), Value.s("pk"), Value.s("sk")));
		assertThat(StoreKey.before(Value.s("b"))).isLessThan(stored);
		assertThat(StoreKey.after(Value.s("b"))).isGreaterThan(stored);
		assertThat(StoreKey.after(Value.s("a"))).isLessThan(stored);
		assertThat(StoreKey.before(Value.s("c"))).isGreaterThan(stored);
		assertThat(StoreKey.before(Value.n(new BigDecimal("2")))).isLessThan(StoreKey.of(List.of(Value.n(2))));
	}

	private static List<String> sortedStrings(String... values) {
		TreeMap<StoreKey, String> map = new TreeMap<>();
		for (String value : values) {
			map.put(StoreKey.of(List.of(Value.s(value))), value);
		}
		return new ArrayList<>(map.values());
	}

}
