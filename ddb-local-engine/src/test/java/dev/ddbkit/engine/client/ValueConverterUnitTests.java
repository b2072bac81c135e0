package dev.ddbkit.engine.client;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;

import dev.ddbkit.engine.value.Value;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Engine values go back to SDK values with numbers in plain notation, as DynamoDB returns
 * them.
 */
class ValueConverterUnitTests {

	@Test
	void numbersComeBackInPlainNotationWhateverTheirScale() {
		assertThat(number("123")).isEqualTo("123");
		assertThat(number("123.45")).isEqualTo("123.45");
		assertThat(number("-0.000001")).isEqualTo("-0.000001");
		assertThat(number("1E-7")).isEqualTo("0.0000001");
		assertThat(number("1E+2")).isEqualTo("100");
		assertThat(number("1.5E+40")).isEqualTo("15000000000000000000000000000000000000000");
	}

	@Test
	void numberSetsComeBackInPlainNotation() {
		AttributeValue set = ValueConverter
			.fromValue(new Value.NS(new LinkedHashSet<>(List.of(new BigDecimal("2E+3"), new BigDecimal("0.5")))));

		assertThat(set.ns()).containsExactly("2000", "0.5");
	}

	private static String number(String text) {
		return ValueConverter.fromValue(Value.n(new BigDecimal(text))).n();
	}

}
