package dev.ddbkit.engine.expression;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.ddbkit.engine.expression.ast.Condition;
import dev.ddbkit.engine.expression.parse.ExpressionKind;
import dev.ddbkit.engine.expression.parse.ExpressionParser;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random conditions, written with the fewest parentheses DynamoDB's precedence allows,
 * evaluated by the engine and by a reference model written independently of it.
 */
class ConditionModelUnitTests {

	private static final List<String> ATTRIBUTES = List.of("a", "b", "c");

	private static final List<Value> POOL = List.of(Value.n("1"), Value.n("2.0"), Value.n("10"), Value.s("a"),
			Value.s("ab"), Value.s("b"), Value.bool(true));

	private static final List<String> COMPARATORS = List.of("=", "<>", "<", "<=", ">", ">=");

	@Property(tries = 1000)
	void conditionsEvaluateAsTheReferenceModelDoes(@ForAll long seed) {
		// DynamoDB rule: NOT binds tighter than AND, AND tighter than OR; comparisons of
		// mismatched types and missing attributes are false (<> true); BETWEEN inclusive.
		Random random = new Random(seed);
		Cond condition = condition(random, 4);
		Map<String, Value> values = new LinkedHashMap<>();
		for (int i = 0; i < POOL.size(); i++) {
			values.put(":v" + i, POOL.get(i));
		}
		DynamoCondition compiled = new ExpressionCompiler(null, values).condition(condition.render());
		for (int i = 0; i < 8; i++) {
			Item item = item(random);
			assertThat(compiled.test(item)).as("%s on %s", condition.render(), item).isEqualTo(condition.holds(item));
		}
	}

	@Property(tries = 500)
	void conditionsPrintAsTextThatParsesBackToTheSameTree(@ForAll long seed) {
		// DynamoDB rule: the grammar of condition expressions; the printed tree is fully
		// parenthesized, so it parses back to itself.
		Cond condition = condition(new Random(seed), 4);
		Condition parsed = ExpressionParser.parseCondition(condition.render(), ExpressionKind.CONDITION);
		Condition reparsed = ExpressionParser.parseCondition(parsed.toString(), ExpressionKind.CONDITION);
		assertThat(reparsed).isEqualTo(parsed);
	}

	private static Item item(Random random) {
		Map<String, Value> attributes = new LinkedHashMap<>();
		for (String attribute : ATTRIBUTES) {
			if (random.nextInt(4) > 0) {
				attributes.put(attribute, POOL.get(random.nextInt(POOL.size())));
			}
		}
		return new Item(attributes);
	}

	private static Cond condition(Random random, int depth) {
		int choice = random.nextInt((depth > 0) ? 9 : 5);
		String attribute = ATTRIBUTES.get(random.nextInt(ATTRIBUTES.size()));
		return switch (choice) {
			case 0, 1 -> new Compare(attribute, COMPARATORS.get(random.nextInt(6)), random.nextInt(POOL.size()));
			case 2 -> between(random, attribute);
			case 3 -> new In(attribute, random.nextInt(POOL.size()), random.nextInt(POOL.size()));
			case 4 -> new Exists(attribute, random.nextBoolean());
			case 5 -> new Not(condition(random, depth - 1));
			case 6, 7 -> new And(condition(random, depth - 1), condition(random, depth - 1));
			default -> new Or(condition(random, depth - 1), condition(random, depth - 1));
		};
	}

	/** BETWEEN bounds of one type, lower first: DynamoDB rejects other bounds. */
	private static Cond between(Random random, String attribute) {
		int base = random.nextBoolean() ? 0 : 3;
		int low = random.nextInt(3);
		int high = low + random.nextInt(3 - low);
		return new Between(attribute, base + low, base + high);
	}

	/** A reference condition: renders itself as expression text and evaluates itself. */
	private interface Cond {

		String render();

		boolean holds(Item item);

		/** 1 for OR, 2 for AND, 3 for NOT, 4 for a predicate. */
		int precedence();

		default String renderWithin(int parent) {
			return (precedence() < parent) ? "(" + render() + ")" : render();
		}

	}

	private record Compare(String attribute, String comparator, int value) implements Cond {

		@Override
		public String render() {
			return this.attribute + " " + this.comparator + " :v" + this.value;
		}

		@Override
		public boolean holds(Item item) {
			Value left = item.get(this.attribute);
			Value right = POOL.get(this.value);
			if (this.comparator.equals("=")) {
				return same(left, right);
			}
			if (this.comparator.equals("<>")) {
				return !same(left, right);
			}
			Integer order = order(left, right);
			return order != null && switch (this.comparator) {
				case "<" -> order < 0;
				case "<=" -> order <= 0;
				case ">" -> order > 0;
				default -> order >= 0;
			};
		}

		@Override
		public int precedence() {
			return 4;
		}

	}

	private record Between(String attribute, int low, int high) implements Cond {

		@Override
		public String render() {
			return this.attribute + " BETWEEN :v" + this.low + " AND :v" + this.high;
		}

		@Override
		public boolean holds(Item item) {
			Value value = item.get(this.attribute);
			Integer fromLow = order(value, POOL.get(this.low));
			Integer toHigh = order(value, POOL.get(this.high));
			return fromLow != null && toHigh != null && fromLow >= 0 && toHigh <= 0;
		}

		@Override
		public int precedence() {
			return 4;
		}

	}

	private record In(String attribute, int first, int second) implements Cond {

		@Override
		public String render() {
			return this.attribute + " IN (:v" + this.first + ", :v" + this.second + ")";
		}

		@Override
		public boolean holds(Item item) {
			Value value = item.get(this.attribute);
			return value != null && (same(value, POOL.get(this.first)) || same(value, POOL.get(this.second)));
		}

		@Override
		public int precedence() {
			return 4;
		}

	}

	private record Exists(String attribute, boolean exists) implements Cond {

		@Override
		public String render() {
			return (this.exists ? "attribute_exists(" : "attribute_not_exists(") + this.attribute + ")";
		}

		@Override
		public boolean holds(Item item) {
			return item.has(this.attribute) == this.exists;
		}

		@Override
		public int precedence() {
			return 4;
		}

	}

	private record Not(Cond condition) implements Cond {

		@Override
		public String render() {
			return "NOT " + this.condition.renderWithin(3);
		}

		@Override
		public boolean holds(Item item) {
			return !this.condition.holds(item);
		}

		@Override
		public int precedence() {
			return 3;
		}

	}

	private record And(Cond left, Cond right) implements Cond {

		@Override
		public String render() {
			return this.left.renderWithin(2) + " AND " + this.right.renderWithin(2);
		}

		@Override
		public boolean holds(Item item) {
			return this.left.holds(item) && this.right.holds(item);
		}

		@Override
		public int precedence() {
			return 2;
		}

	}

	private record Or(Cond left, Cond right) implements Cond {

		@Override
		public String render() {
			return this.left.renderWithin(1) + " or " + this.right.renderWithin(1);
		}

		@Override
		public boolean holds(Item item) {
			return this.left.holds(item) || this.right.holds(item);
		}

		@Override
		public int precedence() {
			return 1;
		}

	}

	/** Equality of two present values of one type; numbers by value. */
	private static boolean same(Value left, Value right) {
		Integer order = order(left, right);
		return (order != null) ? order == 0 : left != null && left.equals(right);
	}

	/** The order of two numbers or two ASCII strings, else {@code null}. */
	private static Integer order(Value left, Value right) {
		if (left instanceof Value.N l && right instanceof Value.N r) {
			return new BigDecimal(l.value().toString()).compareTo(new BigDecimal(r.value().toString()));
		}
		if (left instanceof Value.S l && right instanceof Value.S r) {
			return Integer.signum(l.value().compareTo(r.value()));
		}
		return null;
	}

}
