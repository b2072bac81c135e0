package dev.ddbkit.engine.expression;

import java.util.Map;

import dev.ddbkit.engine.value.Item;
import org.junit.jupiter.api.Test;

import static dev.ddbkit.engine.expression.Items.item;
import static dev.ddbkit.engine.expression.Items.l;
import static dev.ddbkit.engine.expression.Items.m;
import static dev.ddbkit.engine.expression.Items.n;
import static dev.ddbkit.engine.expression.Items.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectionExpressionUnitTests {

	private static final Item ORDER = item("pk", s("ORDER#1"), "qty", n("3"), "entries",
			l(s("a"), m("sku", s("X1"), "price", n("9")), s("c"), s("d")), "address",
			m("city", s("Lyon"), "zip", s("69001"), "geo", l(n("1"), n("2"))));

	private static Item project(String expression) {
		return new ExpressionCompiler(Map.of("#c", "city"), null).projection(expression).apply(ORDER);
	}

	@Test
	void topLevelAttributesAreCopied() {
		// DynamoDB rule: a projection returns only the attributes it names.
		assertThat(project("pk, qty")).isEqualTo(item("pk", s("ORDER#1"), "qty", n("3")));
	}

	@Test
	void nestedPathsKeepTheShapeOfTheDocument() {
		// DynamoDB rule: projecting a.b returns a map a holding only b.
		assertThat(project("address.#c, address.geo[1]"))
			.isEqualTo(item("address", m("city", s("Lyon"), "geo", l(n("2")))));
	}

	@Test
	void listElementsAreReturnedInIndexOrder() {
		// DynamoDB rule: several elements of a list project to a list of those elements.
		assertThat(project("entries[3], entries[1].sku, entries[0]"))
			.isEqualTo(item("entries", l(s("a"), m("sku", s("X1")), s("d"))));
	}

	@Test
	void pathsTheItemLacksAreLeftOut() {
		// DynamoDB rule: a projection of a missing attribute returns nothing for it.
		assertThat(project("absent, address.street, entries[9], qty.x, pk")).isEqualTo(item("pk", s("ORDER#1")));
	}

	@Test
	void overlappingPathsAreRejected() {
		// DynamoDB rule: projection paths may not overlap.
		ExpressionCompiler compiler = new ExpressionCompiler(null, null);
		assertThatThrownBy(() -> compiler.projection("address, address.zip"))
			.hasMessage("Invalid ProjectionExpression: Two document paths overlap with each other; "
					+ "must remove or rewrite one of these paths; path one: [address], path two: [address, zip]");
		assertThatThrownBy(() -> compiler.projection("pk, name"))
			.hasMessage("Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved keyword: name");
	}

	@Test
	void theProjectionNamesItsTopLevelAttributes() {
		// DynamoDB rule: index projections are checked on top-level attribute names.
		assertThat(new ExpressionCompiler(null, null).projection("address.zip, qty, address.city").attributeNames())
			.containsExactly("address", "qty");
	}

}
