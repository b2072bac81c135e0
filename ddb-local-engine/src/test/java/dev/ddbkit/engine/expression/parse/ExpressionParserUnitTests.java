package dev.ddbkit.engine.expression.parse;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.error.ErrorCode;
import dev.ddbkit.engine.expression.ast.Condition;
import dev.ddbkit.engine.expression.ast.Operand;
import dev.ddbkit.engine.expression.ast.PathElement;
import dev.ddbkit.engine.expression.ast.UpdateAction;
import dev.ddbkit.engine.expression.ast.UpdateExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpressionParserUnitTests {

	private static Condition condition(String text) {
		return ExpressionParser.parseCondition(text, ExpressionKind.CONDITION);
	}

	private static void assertSyntaxError(String text, String expectedMessage) {
		assertThatThrownBy(() -> condition(text)).isInstanceOf(EngineException.class)
			.hasMessage(expectedMessage)
			.extracting((ex) -> ((EngineException) ex).code())
			.isEqualTo(ErrorCode.VALIDATION);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			a = :v                                   | a = :v
			a.b[2].c <> #x                           | a.b[2].c <> #x
			a < :v AND b >= :w                       | (a < :v AND b >= :w)
			a BETWEEN :lo AND :hi                    | a BETWEEN :lo AND :hi
			a IN (:x, :y, :z)                        | a IN (:x, :y, :z)
			attribute_exists(#n.m)                   | attribute_exists(#n.m)
			size(a) > :n                             | size(a) > :n
			NOT a = :v                               | NOT (a = :v)
			(a = :v)                                 | a = :v
			(a) = :v                                 | a = :v
			contains(a, :v) or begins_with(b, :p)    | (contains(a, :v) OR begins_with(b, :p))
			""")
	void parsesConditionsToTheTreeTheyDenote(String text, String expected) {
		// DynamoDB rule: condition syntax per "Condition and filter expressions,
		// operators,
		// and functions"; keywords are case-insensitive, parentheses group.
		assertThat(condition(text)).hasToString(expected);
	}

	@Test
	void notBindsTighterThanAndWhichBindsTighterThanOr() {
		// DynamoDB rule: precedence is NOT, then AND, then OR.
		assertThat(condition("a = :a OR NOT b = :b AND c = :c")).hasToString("(a = :a OR (NOT (b = :b) AND c = :c))");
	}

	@Test
	void parenthesesOverridePrecedence() {
		// DynamoDB rule: parentheses change the order of evaluation.
		assertThat(condition("(a = :a OR b = :b) AND c = :c")).hasToString("((a = :a OR b = :b) AND c = :c)");
	}

	@Test
	void andAndOrAreLeftAssociative() {
		// DynamoDB rule: operators of equal precedence evaluate left to right.
		assertThat(condition("a = :a OR b = :b OR c = :c")).hasToString("((a = :a OR b = :b) OR c = :c)");
	}

	@Test
	void pathsKeepNamesPlaceholdersAndIndexes() {
		// DynamoDB rule: a document path is names and placeholders joined by '.', with
		// [n]
		// list indexes.
		Condition.FunctionCondition exists = (Condition.FunctionCondition) condition("attribute_exists(a.#b[12])");
		Operand.PathOperand path = (Operand.PathOperand) exists.call().arguments().get(0);
		assertThat(path.path().elements()).containsExactly(new PathElement.Attribute("a"),
				new PathElement.NameRef("#b"), new PathElement.Index(12));
	}

	@Test
	void syntaxErrorsNameTheTokenAndTheTextAroundIt() {
		// DynamoDB rule: "Syntax error; token: <t>, near: <previous token to next
		// token>".
		assertSyntaxError("a b", "Invalid ConditionExpression: Syntax error; token: \"b\", near: \"a b\"");
		assertSyntaxError("a = :v AND", "Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"AND\"");
		assertSyntaxError("a", "Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"a\"");
		assertSyntaxError("a = :v !", "Invalid ConditionExpression: Syntax error; token: \"!\", near: \":v !\"");
		assertSyntaxError("a = and", "Invalid ConditionExpression: Syntax error; token: \"and\", near: \"= and\"");
	}

	@Test
	void emptyExpressionsAreRejected() {
		// DynamoDB rule: "The expression can not be empty;".
		assertSyntaxError("  ", "Invalid ConditionExpression: The expression can not be empty;");
		assertThatThrownBy(() -> ExpressionParser.parseUpdate(""))
			.hasMessage("Invalid UpdateExpression: The expression can not be empty;");
	}

	@Test
	void expressionsLongerThan4KbAreRejected() {
		// DynamoDB rule: an expression is at most 4 KB (4096 UTF-8 bytes).
		String fits = "a = :v AND " + "b".repeat(4096 - 16) + " = :w";
		assertThat(fits.length()).isEqualTo(4096);
		assertThat(condition(fits)).isNotNull();
		assertSyntaxError(fits + " ", "Invalid ConditionExpression: "
				+ "Expression size has exceeded the maximum allowed size; expression size: 4097");
	}

	@Test
	void setOperandsMayBeParenthesized() {
		// DynamoDB (as DynamoDB Local answers): SET accepts parentheses around operands
		// and
		// around a whole value, but a parenthesized value cannot be added to.
		UpdateExpression update = ExpressionParser
			.parseUpdate("SET a = (b) + (:n), c = (:n + (d)), e = if_not_exists((e), (:n))");
		assertThat(update.actions()).extracting((action) -> ((UpdateAction.Set) action).value().toString())
			.containsExactly("b + :n", ":n + d", "if_not_exists(e, :n)");
		assertThatThrownBy(() -> ExpressionParser.parseUpdate("SET a = (b + :n) + :n"))
			.hasMessage("Invalid UpdateExpression: Syntax error; token: \"+\", near: \") + :n\"");
		assertThatThrownBy(() -> ExpressionParser.parseUpdate("SET a = if_not_exists(b, :n + :n)"))
			.hasMessage("Invalid UpdateExpression: Syntax error; token: \"+\", near: \":n + :n\"");
	}

	@Test
	void deeplyNestedParenthesesParseInLinearTime() {
		// DynamoDB rule: expressions are at most 4 KB; nesting must not make parsing blow
		// up.
		String nested = "SET a = " + "(".repeat(1000) + "b" + ")".repeat(1000) + " +";
		assertThatThrownBy(() -> ExpressionParser.parseUpdate(nested)).isInstanceOf(EngineException.class);
	}

	@Test
	void doublyParenthesizedConditionsAreRedundant() {
		// DynamoDB rule: a parenthesis pair directly around another is rejected.
		assertSyntaxError("((a = :v))", "Invalid ConditionExpression: The expression has redundant parentheses;");
		assertThat(condition("((a = :v) AND (b = :w))")).isNotNull();
	}

	@Test
	void updateSectionsAreParsedInAnyOrderAndCase() {
		// DynamoDB rule: SET, REMOVE, ADD and DELETE sections, each a comma-separated
		// list,
		// keywords case-insensitive.
		UpdateExpression update = ExpressionParser
			.parseUpdate("remove a[1], b set c = :v, d = e + :n add f :s delete g :t");
		assertThat(update.sections()).containsExactly("REMOVE", "SET", "ADD", "DELETE");
		assertThat(update.actions()).hasSize(6);
		assertThat(update.actions().get(3)).isInstanceOfSatisfying(UpdateAction.Set.class,
				(set) -> assertThat(set.value()).hasToString("e + :n"));
	}

	@Test
	void setValuesTakeFunctionsAndOneArithmeticOperator() {
		// DynamoDB rule: SET operands are paths, values, if_not_exists and list_append,
		// with
		// at most one + or -.
		UpdateExpression update = ExpressionParser
			.parseUpdate("SET a = list_append(if_not_exists(a, :empty), :new), b = :x - b");
		assertThat(update.actions()).extracting((action) -> ((UpdateAction.Set) action).value().toString())
			.containsExactly("list_append(if_not_exists(a, :empty), :new)", ":x - b");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			whatever            | Syntax error; token: "whatever", near: "whatever"
			set a               | Syntax error; token: "<EOF>", near: "a"
			set a=set           | Syntax error; token: "set", near: "=set"
			delete a b          | Syntax error; token: "b", near: "a b"
			set a = b + c + d   | Syntax error; token: "+", near: "c + d"
			set a = b * c       | Syntax error; token: "*", near: "b * c"
			remove :a           | Syntax error; token: ":a", near: "remove :a"
			""")
	void malformedUpdateExpressionsAreSyntaxErrors(String text, String detail) {
		// DynamoDB rule: update expressions follow the grammar of "Using update
		// expressions".
		assertThatThrownBy(() -> ExpressionParser.parseUpdate(text)).hasMessage("Invalid UpdateExpression: " + detail);
	}

	@Test
	void projectionsAreCommaSeparatedPaths() {
		// DynamoDB rule: a projection expression lists document paths.
		assertThat(ExpressionParser.parseProjection("a, b.c[1], #d").paths()).extracting(Object::toString)
			.containsExactly("a", "b.c[1]", "#d");
		assertThatThrownBy(() -> ExpressionParser.parseProjection("a,"))
			.hasMessage("Invalid ProjectionExpression: Syntax error; token: \"<EOF>\", near: \",\"");
	}

	@Test
	void theReservedWordListIsDynamoDbs() {
		// DynamoDB rule: the documented list of 573 reserved words, case-insensitive.
		assertThat(ReservedWords.count()).isEqualTo(573);
		assertThat(ReservedWords.isReserved("status")).isTrue();
		assertThat(ReservedWords.isReserved("Name")).isTrue();
		assertThat(ReservedWords.isReserved("customerId")).isFalse();
	}

}
