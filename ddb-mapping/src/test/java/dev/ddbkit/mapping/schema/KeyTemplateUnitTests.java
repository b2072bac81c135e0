package dev.ddbkit.mapping.schema;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class KeyTemplateUnitTests {

	@Test
	void parsesLiteralsAndVariablesInOrder() {
		KeyTemplate template = KeyTemplate.of("ORDER#{orderDate}#{orderId}");
		assertThat(template.variables()).containsExactly("orderDate", "orderId");
		assertThat(template.literalPrefix()).isEqualTo("ORDER#");
		assertThat(template.isConstant()).isFalse();
		assertThat(KeyTemplate.of("PROFILE").isConstant()).isTrue();
	}

	@Test
	void rendersAndParsesBackToTheSameValues() {
		KeyTemplate template = KeyTemplate.of("ORDER#{orderDate}#{orderId}");
		Map<String, String> values = Map.of("orderDate", "2024-05-01", "orderId", "o-17");
		String key = template.render(values);
		assertThat(key).isEqualTo("ORDER#2024-05-01#o-17");
		assertThat(template.parse(key)).containsExactly(Map.entry("orderDate", "2024-05-01"),
				Map.entry("orderId", "o-17"));
		assertThat(template.matches("PAYMENT#2024-05-01#o-17")).isFalse();
		assertThat(template.matches("ORDER#2024-05-01")).isFalse();
	}

	@Test
	void rendersNothingForASparseKeyWithANullVariable() {
		KeyTemplate template = KeyTemplate.of("STATUS#{status}");
		assertThat(template.renderOrNull((name) -> null)).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> template.render(Map.of()))
			.withMessageContaining("no value for [status]");
	}

	@Test
	void boundPrefixEndsOnTheSeparatorSo2024Dash05NeverMatches2024Dash050() {
		KeyTemplate template = KeyTemplate.of("ORDER#{orderDate}#{orderId}");
		String prefix = template.boundPrefix(Map.of("orderDate", "2024-05"));
		assertThat(prefix).isEqualTo("ORDER#2024-05#");
		assertThat(template.render(Map.of("orderDate", "2024-05", "orderId", "x"))).startsWith(prefix);
		assertThat(template.render(Map.of("orderDate", "2024-050", "orderId", "x"))).doesNotStartWith(prefix);
	}

	@Test
	void boundPrefixOfNoVariableIsTheLiteralPrefixAndOfAllVariablesTheWholeKey() {
		KeyTemplate template = KeyTemplate.of("ORDER#{orderDate}#{orderId}");
		assertThat(template.boundPrefix(Map.of())).isEqualTo("ORDER#");
		assertThat(template.boundPrefix(Map.of("orderDate", "d", "orderId", "i"))).isEqualTo("ORDER#d#i");
		assertThat(template.boundPrefix(Map.of("orderId", "i"))).as("a gap stops the prefix").isEqualTo("ORDER#");
	}

	@Test
	void reportsTheTextAroundAVariable() {
		KeyTemplate template = KeyTemplate.of("ORDER#{orderDate}#{orderId}");
		assertThat(template.prefixBefore("orderId", Map.of("orderDate", "d"))).isEqualTo("ORDER#d#");
		assertThat(template.literalAfter("orderDate")).isEqualTo("#");
		assertThat(template.literalAfter("orderId")).isNull();
	}

	@Test
	void rejectsMalformedTemplatesWithTheReason() {
		assertThatIllegalArgumentException().isThrownBy(() -> KeyTemplate.of("A#{a")).withMessageContaining("unclosed");
		assertThatIllegalArgumentException().isThrownBy(() -> KeyTemplate.of("A#{}"))
			.withMessageContaining("invalid variable");
		assertThatIllegalArgumentException().isThrownBy(() -> KeyTemplate.of("{a}{b}"))
			.withMessageContaining("without a separator");
		assertThatIllegalArgumentException().isThrownBy(() -> KeyTemplate.of("A}"))
			.withMessageContaining("without '{'");
	}

	@Test
	void aShardedTemplateAppendsTheShardAndParsesItsKeysBackWithoutIt() {
		KeyTemplate template = KeyTemplate.of("STATUS#{status}", 10);
		assertThat(template.isSharded()).isTrue();
		assertThat(template.shardKey("STATUS#delivered", 7)).isEqualTo("STATUS#delivered#7");
		assertThat(template.parse("STATUS#delivered#7")).containsExactly(Map.entry("status", "delivered"));
		assertThat(template.matches("STATUS#delivered")).as("the shard suffix is part of every stored key").isFalse();
		assertThat(KeyTemplate.of("STATUS#{status}").shardKey("STATUS#delivered", 0)).isEqualTo("STATUS#delivered");
		assertThat(KeyTemplate.of("STATUS#{status}").parse("STATUS#delivered#7"))
			.containsExactly(Map.entry("status", "delivered#7"));
	}

	@Test
	void theShardIsCrc32OfTheTableKeyModuloTheShardCount() {
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		crc.update("ORDER#o-1ORDER".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(KeyTemplate.shardOf("ORDER#o-1", "ORDER", 16)).isEqualTo((int) (crc.getValue() % 16));
		assertThat(KeyTemplate.shardOf("ORDER#o-1", "ORDER", 1)).isZero();
	}

	@Test
	void rejectsShardCountsOutsideOneToTheMaximum() {
		assertThatIllegalArgumentException().isThrownBy(() -> KeyTemplate.of("A#{a}", 0))
			.withMessage("Key template 'A#{a}' declares shards = 0; shards must be 1 (unsharded) to 1000");
		assertThatIllegalArgumentException().isThrownBy(() -> KeyTemplate.of("A#{a}", 1001))
			.withMessageContaining("shards = 1001");
	}

}
