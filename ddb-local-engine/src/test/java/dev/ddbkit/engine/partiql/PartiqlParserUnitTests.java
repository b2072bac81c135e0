package dev.ddbkit.engine.partiql;

import java.util.List;

import dev.ddbkit.engine.value.Value;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartiqlParserUnitTests {

	@Test
	void quotedIdentifiersEscapedStringsAndNestedLiteralsParse() {
		PartiqlStatement.Insert insert = (PartiqlStatement.Insert) PartiqlParser
			.parse("insert into \"My Table\" value {'k': 'it''s', 'n': -1.5e2, 'l': [true, null, {'m': ?}], "
					+ "'s': <<1, 2>>}", List.of(Value.s("p")));
		assertThat(insert.table()).isEqualTo("My Table");
		assertThat(insert.item().attributes()).containsEntry("k", Value.s("it's"))
			.containsEntry("n", Value.n("-150"))
			.containsEntry("l", new Value.L(
					List.of(Value.bool(true), Value.nul(), new Value.M(java.util.Map.of("m", Value.s("p"))))));
		assertThat(insert.item().attributes().get("s")).isInstanceOf(Value.NS.class);
	}

	@Test
	void conditionsBecomeDynamoDbExpressionText() {
		PartiqlStatement.Select select = (PartiqlStatement.Select) PartiqlParser.parse(
				"SELECT a.b[2] FROM t.idx WHERE x <> 1 AND (y BETWEEN 1 AND 3 OR NOT z IN (1, 2)) AND w IS NOT MISSING",
				List.of());
		PartiqlExpressions expressions = new PartiqlExpressions();
		assertThat(select.index()).isEqualTo("idx");
		assertThat(expressions.path(select.projection().get(0))).isEqualTo("#p0.#p1[2]");
		assertThat(expressions.write(select.where())).isEqualTo(
				"(((#p2 <> :p0) AND ((#p3 BETWEEN :p1 AND :p2) OR (NOT (#p4 IN (:p3, :p4))))) AND attribute_exists(#p5))");
	}

	@Test
	void malformedStatementsAndParameterCountsAreRejected() {
		assertThatThrownBy(() -> PartiqlParser.parse("SELECT * FROM t WHERE", List.of()))
			.isInstanceOf(PartiqlSyntaxException.class);
		assertThatThrownBy(() -> PartiqlParser.parse("SELECT * FROM t WHERE a = 'open", List.of()))
			.isInstanceOf(PartiqlSyntaxException.class);
		assertThatThrownBy(() -> PartiqlParser.parse("SELECT * FROM t WHERE a = ? AND b = ?", List.of(Value.s("one"))))
			.isInstanceOf(PartiqlParameterException.class);
		assertThatThrownBy(() -> PartiqlParser.parse("UPDATE t WHERE a = 1", List.of()))
			.isInstanceOf(PartiqlSyntaxException.class);
	}

	@Test
	void nextTokensCarryTheLastEvaluatedKey() {
		java.util.Map<String, Value> key = java.util.Map.of("pk", Value.s("a&b=c"), "sk", Value.n("1.5"));
		assertThat(PartiqlValues.key(PartiqlValues.token(key))).isEqualTo(key);
	}

}
