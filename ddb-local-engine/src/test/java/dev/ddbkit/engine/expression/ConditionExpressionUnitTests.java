package dev.ddbkit.engine.expression;

import java.util.Map;

import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import org.junit.jupiter.api.Test;

import static dev.ddbkit.engine.expression.Items.b;
import static dev.ddbkit.engine.expression.Items.bs;
import static dev.ddbkit.engine.expression.Items.item;
import static dev.ddbkit.engine.expression.Items.l;
import static dev.ddbkit.engine.expression.Items.m;
import static dev.ddbkit.engine.expression.Items.n;
import static dev.ddbkit.engine.expression.Items.ns;
import static dev.ddbkit.engine.expression.Items.s;
import static dev.ddbkit.engine.expression.Items.ss;
import static dev.ddbkit.engine.expression.Items.values;
import static org.assertj.core.api.Assertions.assertThat;

class ConditionExpressionUnitTests {

	private static final Item ORDER = item("pk", s("CUSTOMER#1"), "amount", n("42.50"), "qty", n("3"), "orderState",
			s("SHIPPED"), "tags", ss("gift", "express"), "scores", ns("1", "2.5"), "bin", b(1, 2, 3), "bins",
			bs(b(1), b(2)), "entries", l(s("a"), n("7"), m("sku", s("X1"))), "address",
			m("city", s("Lyon"), "zip", s("69001"), "geo", l(n("45.76"), n("4.83"))), "flag", Value.bool(true),
			"nothing", Value.nul(), "txt", s("é𝄞"));

	private static boolean holds(String expression, Map<String, Value> values) {
		return holds(expression, null, values);
	}

	private static boolean holds(String expression, Map<String, String> names, Map<String, Value> values) {
		ExpressionCompiler compiler = new ExpressionCompiler(names, values);
		DynamoCondition condition = compiler.condition(expression);
		compiler.verifyAllUsed();
		return condition.test(ORDER);
	}

	@Test
	void numbersCompareNumerically() {
		// DynamoDB rule: numbers compare by value; 42.5 = 42.50 and 3 < 10.
		assertThat(holds("amount = :v", values(":v", n("42.5")))).isTrue();
		assertThat(holds("qty < :v", values(":v", n("10")))).isTrue();
		assertThat(holds("qty >= :v", values(":v", n("3.0")))).isTrue();
		assertThat(holds("qty > :v", values(":v", n("3")))).isFalse();
	}

	@Test
	void stringsCompareByTheirUtf8Bytes() {
		// DynamoDB rule: strings order by UTF-8 bytes, so 'Z' < 'a' and 'é' > 'z'.
		assertThat(holds("orderState < :v", values(":v", s("a")))).isTrue();
		assertThat(holds("txt > :v", values(":v", s("z")))).isTrue();
		assertThat(holds("orderState <= :v", values(":v", s("SHIPPED")))).isTrue();
	}

	@Test
	void binariesCompareByUnsignedBytes() {
		// DynamoDB rule: binary values order by unsigned bytes.
		assertThat(holds("bin < :v", values(":v", b(0xff)))).isTrue();
		assertThat(holds("bin = :v", values(":v", b(1, 2, 3)))).isTrue();
	}

	@Test
	void comparingDifferentTypesIsFalseNotAnError() {
		// DynamoDB rule: values of different types are never equal or ordered.
		assertThat(holds("qty = :v", values(":v", s("3")))).isFalse();
		assertThat(holds("qty < :v", values(":v", s("9")))).isFalse();
		assertThat(holds("qty > :v", values(":v", s("0")))).isFalse();
		assertThat(holds("qty <> :v", values(":v", s("3")))).isTrue();
	}

	@Test
	void aMissingAttributeIsUnequalToEverything() {
		// DynamoDB rule: comparisons with a absent attribute are false, except <>.
		assertThat(holds("absent = :v", values(":v", s("x")))).isFalse();
		assertThat(holds("absent < :v", values(":v", s("x")))).isFalse();
		assertThat(holds("absent <> :v", values(":v", s("x")))).isTrue();
	}

	@Test
	void setsAreEqualRegardlessOfOrder() {
		// DynamoDB rule: a set is unordered; equality ignores the order of its members.
		assertThat(holds("tags = :v", values(":v", ss("express", "gift")))).isTrue();
		assertThat(holds("scores = :v", values(":v", ns("2.50", "1.0")))).isTrue();
		assertThat(holds("tags = :v", values(":v", ss("gift")))).isFalse();
	}

	@Test
	void mapsAndListsCompareDeeply() {
		// DynamoDB rule: = and <> apply to lists (in order) and maps (by entries).
		assertThat(holds("address.geo = :v", values(":v", l(n("45.76"), n("4.83"))))).isTrue();
		assertThat(holds("address.geo = :v", values(":v", l(n("4.83"), n("45.76"))))).isFalse();
		assertThat(holds("entries[2] = :v", values(":v", m("sku", s("X1"))))).isTrue();
		assertThat(holds("entries < :v", values(":v", l()))).isFalse();
	}

	@Test
	void nestedPathsReachIntoMapsAndLists() {
		// DynamoDB rule: document paths dereference map keys with '.' and list elements
		// with [n].
		assertThat(holds("address.city = :v", values(":v", s("Lyon")))).isTrue();
		assertThat(holds("address.geo[1] = :v", values(":v", n("4.83")))).isTrue();
		assertThat(holds("entries[2].sku = :v", values(":v", s("X1")))).isTrue();
		assertThat(holds("attribute_exists(entries[3])", Map.of())).isFalse();
		assertThat(holds("attribute_exists(address[0])", Map.of())).isFalse();
		assertThat(holds("attribute_exists(orderState.x)", Map.of())).isFalse();
	}

	@Test
	void betweenIsInclusiveAndNeedsOneType() {
		// DynamoDB rule: a BETWEEN b AND c is true if a >= b and a <= c.
		assertThat(holds("qty BETWEEN :lo AND :hi", values(":lo", n("3"), ":hi", n("5")))).isTrue();
		assertThat(holds("qty BETWEEN :lo AND :hi", values(":lo", n("1"), ":hi", n("3")))).isTrue();
		assertThat(holds("qty BETWEEN :lo AND :hi", values(":lo", n("4"), ":hi", n("5")))).isFalse();
		assertThat(holds("orderState BETWEEN :lo AND :hi", values(":lo", s("A"), ":hi", s("T")))).isTrue();
		assertThat(holds("qty BETWEEN :lo AND :hi", values(":lo", s("1"), ":hi", s("5")))).isFalse();
	}

	@Test
	void inMatchesAnyListedValue() {
		// DynamoDB rule: a IN (b, c, d) is true if a equals any listed value.
		assertThat(holds("orderState IN (:a, :b)", values(":a", s("NEW"), ":b", s("SHIPPED")))).isTrue();
		assertThat(holds("orderState IN (:a)", values(":a", s("NEW")))).isFalse();
		assertThat(holds("absent IN (:a)", values(":a", s("NEW")))).isFalse();
	}

	@Test
	void attributeExistsAndNotExistsTestPresence() {
		// DynamoDB rule: attribute_exists(path) / attribute_not_exists(path), NULL counts
		// as
		// present.
		assertThat(holds("attribute_exists(pk)", Map.of())).isTrue();
		assertThat(holds("attribute_exists(nothing)", Map.of())).isTrue();
		assertThat(holds("attribute_not_exists(absent)", Map.of())).isTrue();
		assertThat(holds("attribute_not_exists(address.city)", Map.of())).isFalse();
	}

	@Test
	void attributeTypeComparesTheTypeDescriptor() {
		// DynamoDB rule: attribute_type(path, :type) with S, SS, N, NS, B, BS, BOOL,
		// NULL,
		// L, M.
		assertThat(holds("attribute_type(tags, :t)", values(":t", s("SS")))).isTrue();
		assertThat(holds("attribute_type(flag, :t)", values(":t", s("BOOL")))).isTrue();
		assertThat(holds("attribute_type(nothing, :t)", values(":t", s("NULL")))).isTrue();
		assertThat(holds("attribute_type(address, :t)", values(":t", s("M")))).isTrue();
		assertThat(holds("attribute_type(qty, :t)", values(":t", s("S")))).isFalse();
		assertThat(holds("attribute_type(absent, :t)", values(":t", s("S")))).isFalse();
	}

	@Test
	void beginsWithTestsStringAndBinaryPrefixes() {
		// DynamoDB rule: begins_with(path, substr) for strings and binaries.
		assertThat(holds("begins_with(pk, :p)", values(":p", s("CUSTOMER#")))).isTrue();
		assertThat(holds("begins_with(pk, :p)", values(":p", s("ORDER#")))).isFalse();
		assertThat(holds("begins_with(bin, :p)", values(":p", b(1, 2)))).isTrue();
		assertThat(holds("begins_with(qty, :p)", values(":p", s("3")))).isFalse();
	}

	@Test
	void containsFindsSubstringsSetMembersAndListElements() {
		// DynamoDB rule: contains(path, operand): substring of a String, member of a set,
		// element of a list; a byte subsequence of a Binary (as DynamoDB Local answers).
		assertThat(holds("contains(orderState, :v)", values(":v", s("HIP")))).isTrue();
		assertThat(holds("contains(tags, :v)", values(":v", s("gift")))).isTrue();
		assertThat(holds("contains(scores, :v)", values(":v", n("2.50")))).isTrue();
		assertThat(holds("contains(bins, :v)", values(":v", b(2)))).isTrue();
		assertThat(holds("contains(bin, :v)", values(":v", b(2, 3)))).isTrue();
		assertThat(holds("contains(bin, :v)", values(":v", b(3, 2)))).isFalse();
		assertThat(holds("contains(entries, :v)", values(":v", n("7")))).isTrue();
		assertThat(holds("contains(entries, :v)", values(":v", s("7")))).isFalse();
		assertThat(holds("contains(tags, :v)", values(":v", n("1")))).isFalse();
		assertThat(holds("contains(qty, :v)", values(":v", n("3")))).isFalse();
	}

	@Test
	void sizeMeasuresEachType() {
		// DynamoDB rule: size(path): String length (UTF-16 code units), Binary bytes,
		// elements of sets, lists and maps; numbers, Booleans and NULL have no size.
		assertThat(holds("size(orderState) = :v", values(":v", n("7")))).isTrue();
		assertThat(holds("size(txt) = :v", values(":v", n("3")))).isTrue();
		assertThat(holds("size(bin) = :v", values(":v", n("3")))).isTrue();
		assertThat(holds("size(tags) = :v", values(":v", n("2")))).isTrue();
		assertThat(holds("size(entries) = :v", values(":v", n("3")))).isTrue();
		assertThat(holds("size(address) = :v", values(":v", n("3")))).isTrue();
		assertThat(holds("size(qty) >= :v", values(":v", n("0")))).isFalse();
		assertThat(holds("size(absent) >= :v", values(":v", n("0")))).isFalse();
	}

	@Test
	void logicalOperatorsCombineConditions() {
		// DynamoDB rule: AND, OR, NOT with precedence NOT > AND > OR.
		Map<String, Value> values = values(":t", s("SHIPPED"), ":q", n("99"));
		assertThat(holds("orderState = :t AND qty = :q", values)).isFalse();
		assertThat(holds("orderState = :t OR qty = :q", values)).isTrue();
		assertThat(holds("NOT qty = :q AND orderState = :t", values)).isTrue();
		assertThat(holds("NOT (qty = :q OR orderState = :t)", values)).isFalse();
		assertThat(holds("qty = :q AND orderState = :t OR orderState = :t", values)).isTrue();
		assertThat(holds("qty = :q AND (orderState = :t OR orderState = :t)", values)).isFalse();
	}

	@Test
	void expressionAttributeNamesStandInForReservedWordsAndPathParts() {
		// DynamoDB rule: #name placeholders replace attribute names, also inside paths;
		// the
		// name is taken literally (a dot in it is not a path separator).
		assertThat(holds("#s = :v", Map.of("#s", "orderState"), values(":v", s("SHIPPED")))).isTrue();
		assertThat(holds("#a.#c = :v", Map.of("#a", "address", "#c", "city"), values(":v", s("Lyon")))).isTrue();
		assertThat(holds("attribute_exists(#x)", Map.of("#x", "address.city"), Map.of())).isFalse();
	}

	@Test
	void conditionsOnAMissingItemSeeNoAttributes() {
		// DynamoDB rule: a condition on a absent item evaluates against no attributes.
		ExpressionCompiler compiler = new ExpressionCompiler(null, null);
		assertThat(compiler.condition("attribute_not_exists(pk)").test(Item.EMPTY)).isTrue();
		assertThat(compiler.condition("attribute_exists(pk)").test(Item.EMPTY)).isFalse();
	}

}
