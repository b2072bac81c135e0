package dev.ddbkit.engine.value;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Strings order by their UTF-8 bytes, unsigned, as DynamoDB orders sort keys.
 */
class ValueOrderingUnitTests {

	/** Code points from every UTF-8 length, around the surrogate range and above it. */
	private static final int[] CODE_POINTS = { 'a', 'b', 'z', '#', 0x7F, 0x80, 0xE9, 0x7FF, 0x800, 0xD7FF, 0xE000,
			0xFB01, 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF };

	@Test
	void stringsOrderByTheirUtf8BytesIncludingCharactersAboveTheBasicPlane() {
		Random random = new Random(42);
		for (int i = 0; i < 20_000; i++) {
			String left = randomString(random);
			String right = randomString(random);

			assertThat(Integer.signum(ValueOrdering.compareStrings(left, right))).as("%s vs %s", left, right)
				.isEqualTo(Integer.signum(utf8Order(left, right)));
		}
	}

	@Test
	void aCharacterAboveTheBasicPlaneSortsAfterTheLastBasicPlaneCharacters() {
		assertThat(ValueOrdering.compareStrings("\uFFFD", "\uD83D\uDE00")).isNegative();
		assertThat(ValueOrdering.compareStrings("\uD83D\uDE00", "\uE000")).isPositive();
		assertThat(ValueOrdering.compareStrings("2024-05", "2024-050")).isNegative();
		assertThat(ValueOrdering.compareStrings("I#05", "I#05")).isZero();
	}

	private static String randomString(Random random) {
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(5);
		for (int i = 0; i < length; i++) {
			text.appendCodePoint(CODE_POINTS[random.nextInt(CODE_POINTS.length)]);
		}
		return text.toString();
	}

	private static int utf8Order(String left, String right) {
		return Arrays.compareUnsigned(left.getBytes(StandardCharsets.UTF_8), right.getBytes(StandardCharsets.UTF_8));
	}

}
