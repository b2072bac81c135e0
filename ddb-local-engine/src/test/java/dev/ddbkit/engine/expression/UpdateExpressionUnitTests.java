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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UpdateExpressionUnitTests {

	private static final Item ORDER = item("pk", s("ORDER#1"), "qty", n("3"), "tags", ss("gift", "express"), "ids",
			ns("1", "2"), "bins", bs(b(1), b(2)), "entries", l(s("a"), s("b"), s("c"), s("d")), "address",
			m("city", s("Lyon"), "geo", l(n("1"), n("2")), "floors", l(m("n", n("0")))), "word", s("hello"));

	private static final Map<String, Value> VALUES = values(":one", n("1"), ":two", n("2"), ":x", s("x"), ":list",
			l(s("y"), s("z")), ":tags", ss("gift", "new"), ":ids", ns("2", "3"), ":bins", bs(b(2), b(3)), ":big",
			n("9.9999999999999999999999999999999999999E+125"), ":all", ss("gift", "express"));

	private static Item update(String expression) {
		return update(expression, ORDER);
	}

	private static Item update(String expression, Item item) {
		ExpressionCompiler compiler = new ExpressionCompiler(Map.of("#c", "city"), VALUES);
		return compiler.update(expression).apply(item);
	}

	private static void assertUpdateFails(String expression, String message) {
		assertUpdateFails(expression, ORDER, message);
	}

	private static void assertUpdateFails(String expression, Item item, String message) {
		assertThatThrownBy(() -> update(expression, item)).hasMessage(message);
	}

	@Test
	void setWritesTopLevelAndNestedAttributes() {
		// DynamoDB rule: SET path = value creates or replaces the attribute or map entry.
		Item updated = update("SET note = :x, address.#c = :x, address.zip = :one");
		assertThat(updated.get("note")).isEqualTo(s("x"));
		assertThat(updated.get("address"))
			.isEqualTo(m("city", s("x"), "geo", l(n("1"), n("2")), "floors", l(m("n", n("0"))), "zip", n("1")));
		assertThat(update("SET qty = :x").get("qty")).isEqualTo(s("x"));
	}

	@Test
	void setWritesListElementsAndAppendsPastTheEnd() {
		// DynamoDB rule: SET list[i] replaces element i; an index past the end appends.
		assertThat(update("SET entries[1] = :x").get("entries")).isEqualTo(l(s("a"), s("x"), s("c"), s("d")));
		assertThat(update("SET entries[10] = :x").get("entries")).isEqualTo(l(s("a"), s("b"), s("c"), s("d"), s("x")));
		assertThat(update("SET address.floors[0].n = :two").get("address"))
			.isEqualTo(m("city", s("Lyon"), "geo", l(n("1"), n("2")), "floors", l(m("n", n("2")))));
	}

	@Test
	void setComputesSumsAndDifferencesOfNumbers() {
		// DynamoDB rule: SET a = b + c and a = b - c on numbers.
		assertThat(update("SET qty = qty + :one").get("qty")).isEqualTo(n("4"));
		assertThat(update("SET qty = :one - qty").get("qty")).isEqualTo(n("-2"));
		assertThat(update("SET amount = address.geo[1] + address.geo[0]").get("amount")).isEqualTo(n("3"));
	}

	@Test
	void ifNotExistsKeepsAnExistingValue() {
		// DynamoDB rule: if_not_exists(path, value) is the attribute if present, else the
		// value.
		assertThat(update("SET qty = if_not_exists(qty, :two)").get("qty")).isEqualTo(n("3"));
		assertThat(update("SET visitCount = if_not_exists(visitCount, :two) + :one").get("visitCount"))
			.isEqualTo(n("3"));
	}

	@Test
	void listAppendConcatenatesInTheOrderGiven() {
		// DynamoDB rule: list_append(list1, list2) adds list2's elements after list1's.
		assertThat(update("SET entries = list_append(entries, :list)").get("entries"))
			.isEqualTo(l(s("a"), s("b"), s("c"), s("d"), s("y"), s("z")));
		assertThat(update("SET entries = list_append(:list, entries)").get("entries"))
			.isEqualTo(l(s("y"), s("z"), s("a"), s("b"), s("c"), s("d")));
	}

	@Test
	void everyOperandReadsTheItemBeforeTheUpdate() {
		// DynamoDB rule: all actions of an update see the item as it was before it.
		Item swapped = update("SET qty = word, word = qty");
		assertThat(swapped.get("qty")).isEqualTo(s("hello"));
		assertThat(swapped.get("word")).isEqualTo(n("3"));
	}

	@Test
	void removeDeletesAttributesMapKeysAndListElements() {
		// DynamoDB rule: REMOVE deletes attributes; removing a list element shifts the
		// following ones down.
		Item updated = update("REMOVE qty, address.#c, entries[1]");
		assertThat(updated.has("qty")).isFalse();
		assertThat(updated.get("address")).isEqualTo(m("geo", l(n("1"), n("2")), "floors", l(m("n", n("0")))));
		assertThat(updated.get("entries")).isEqualTo(l(s("a"), s("c"), s("d")));
	}

	@Test
	void removingSeveralListElementsUsesTheOriginalIndexes() {
		// DynamoDB rule: the indexes of one REMOVE refer to the list before the update.
		assertThat(update("REMOVE entries[0], entries[2]").get("entries")).isEqualTo(l(s("b"), s("d")));
		assertThat(update("REMOVE entries[2], entries[0]").get("entries")).isEqualTo(l(s("b"), s("d")));
	}

	@Test
	void removingWhatIsNotThereChangesNothing() {
		// DynamoDB rule: REMOVE of a missing attribute, key or list index is not an
		// error.
		assertThat(update("REMOVE absent, address.zip, entries[9]")).isEqualTo(ORDER);
	}

	@Test
	void addAddsToNumbersAndStartsMissingOnesAtZero() {
		// DynamoDB rule: ADD path :n adds to a number; a missing attribute starts at 0.
		assertThat(update("ADD qty :two").get("qty")).isEqualTo(n("5"));
		assertThat(update("ADD visitCount :two").get("visitCount")).isEqualTo(n("2"));
		assertThat(update("ADD address.visits :one").get("address")).isInstanceOfSatisfying(Value.M.class,
				(map) -> assertThat(map.values().get("visits")).isEqualTo(n("1")));
	}

	@Test
	void addUnitesSets() {
		// DynamoDB rule: ADD path :set adds members to a set, creating it when missing.
		assertThat(update("ADD tags :tags").get("tags")).isEqualTo(ss("gift", "express", "new"));
		assertThat(update("ADD ids :ids").get("ids")).isEqualTo(ns("1", "2", "3"));
		assertThat(update("ADD bins :bins").get("bins")).isEqualTo(bs(b(1), b(2), b(3)));
		assertThat(update("ADD fresh :tags").get("fresh")).isEqualTo(ss("gift", "new"));
	}

	@Test
	void deleteRemovesSetMembersAndAnEmptiedSet() {
		// DynamoDB rule: DELETE path :set removes members; a set left empty is removed.
		assertThat(update("DELETE tags :tags").get("tags")).isEqualTo(ss("express"));
		assertThat(update("DELETE ids :ids").get("ids")).isEqualTo(ns("1"));
		Item emptied = update("DELETE tags :all", ORDER);
		assertThat(emptied.has("tags")).isFalse();
		assertThat(update("DELETE absent :tags")).isEqualTo(ORDER);
	}

	@Test
	void missingOperandsAreRejected() {
		// DynamoDB rule: a SET operand must exist in the item.
		assertUpdateFails("SET a = absent",
				"The provided expression refers to an attribute that does not exist in the item");
		assertUpdateFails("SET a = absent + :one",
				"The provided expression refers to an attribute that does not exist in the item");
	}

	@Test
	void operandsOfTheWrongTypeAreRejected() {
		// DynamoDB rule: arithmetic needs numbers, list_append lists, ADD a number or set
		// of
		// the attribute's type, DELETE a set of the attribute's type.
		String message = "An operand in the update expression has an incorrect data type";
		assertUpdateFails("SET a = word + :one", message);
		assertUpdateFails("SET a = list_append(word, :list)", message);
		assertUpdateFails("ADD word :one", message);
		assertUpdateFails("ADD tags :ids", message);
		assertUpdateFails("ADD qty :tags", message);
		assertUpdateFails("DELETE qty :tags", message);
		assertUpdateFails("DELETE tags :ids", message);
	}

	@Test
	void pathsThatCannotBeWrittenAreRejected() {
		// DynamoDB rule: every step before the last must exist with the right type.
		String message = "The document path provided in the update expression is invalid for update";
		assertUpdateFails("SET absent.a = :x", message);
		assertUpdateFails("SET absent[0] = :x", message);
		assertUpdateFails("SET word.a = :x", message);
		assertUpdateFails("SET address[0] = :x", message);
		assertUpdateFails("SET entries.a = :x", message);
		assertUpdateFails("SET entries[7].a = :x", message);
		assertUpdateFails("REMOVE absent.a", message);
		assertUpdateFails("ADD absent.a :one", message);
		assertUpdateFails("SET a.b = :x", Item.EMPTY, message);
	}

	@Test
	void resultsBeyond38DigitsAreRejected() {
		// DynamoDB rule: numbers hold at most 38 significant digits and magnitude <
		// 1E126.
		assertUpdateFails("SET big = :big + :big", "DynamoDB only supports precision up to 38 digits");
		ExpressionCompiler large = new ExpressionCompiler(null, values(":nine", n("9E125")));
		assertThatThrownBy(() -> large.update("SET x = :nine + :nine").apply(ORDER))
			.hasMessage("Number overflow. Attempting to store a number with magnitude larger than supported range");
		ExpressionCompiler compiler = new ExpressionCompiler(null,
				values(":wide", n("12345678901234567890123456789012345678"), ":tenth", n("0.1")));
		assertThatThrownBy(() -> compiler.update("SET x = :wide + :tenth").apply(ORDER))
			.hasMessage("DynamoDB only supports precision up to 38 digits");
	}

	@Test
	void writesMayNotNestDeeperThan32Levels() {
		// DynamoDB rule: documents nest at most 32 levels, the attribute itself being the
		// first.
		Value deep = nest(31);
		Item nested = item("doc", m("n", s("x")));
		ExpressionCompiler compiler = new ExpressionCompiler(null, values(":deep", deep));
		assertThat(compiler.update("SET doc = :deep").apply(nested).get("doc")).isEqualTo(deep);
		assertThatThrownBy(
				() -> new ExpressionCompiler(null, values(":deep", deep)).update("SET doc.n = :deep").apply(nested))
			.hasMessage("Nesting Levels have exceeded supported limits: "
					+ "Attributes in the item have nested levels beyond supported limit");
		assertThatThrownBy(() -> new ExpressionCompiler(null, values(":deeper", m("n", m("n", deep)))))
			.hasMessageStartingWith("Nesting Levels have exceeded supported limits");
	}

	private static Value nest(int levels) {
		Value value = s("leaf");
		for (int i = 0; i < levels; i++) {
			value = m("n", value);
		}
		return value;
	}

	@Test
	void updatesApplyToAMissingItem() {
		// DynamoDB rule: UpdateItem creates the item when it does not exist.
		Item created = update("SET a = :x ADD n :one", Item.EMPTY);
		assertThat(created).isEqualTo(item("a", s("x"), "n", n("1")));
	}

	@Test
	void theUpdateNamesTheTopLevelAttributesItWrites() {
		// DynamoDB rule: key attributes cannot be updated, so callers need the written
		// attributes.
		ExpressionCompiler compiler = new ExpressionCompiler(Map.of("#c", "city"), VALUES);
		assertThat(compiler.update("SET address.#c = :x REMOVE qty ADD n :one").attributeNames())
			.containsExactly("address", "qty", "n");
	}

}
