package dev.ddbkit.engine.expression;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.error.ErrorCode;
import dev.ddbkit.engine.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.ddbkit.engine.expression.Items.l;
import static dev.ddbkit.engine.expression.Items.n;
import static dev.ddbkit.engine.expression.Items.s;
import static dev.ddbkit.engine.expression.Items.values;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpressionValidationUnitTests {

	private static final Map<String, Value> VALUES = values(":s", s("x"), ":t", s("y"), ":n", n("1"), ":m", n("9"),
			":l", l(), ":type", s("STRING"), ":nul", Value.nul(), ":bool", Value.bool(true));

	private static void assertConditionFails(String expression, String message) {
		ExpressionCompiler compiler = new ExpressionCompiler(Map.of("#a", "a"), VALUES);
		assertThatThrownBy(() -> compiler.condition(expression)).isInstanceOf(EngineException.class)
			.hasMessage(message)
			.extracting((ex) -> ((EngineException) ex).code())
			.isEqualTo(ErrorCode.VALIDATION);
	}

	@Test
	void reservedWordsMustBeReplacedByExpressionAttributeNames() {
		// DynamoDB rule: a reserved word as a bare attribute name is rejected, anywhere
		// in a
		// path.
		assertConditionFails("status = :s",
				"Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: status");
		assertConditionFails("a.Name = :s",
				"Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: Name");
		assertThatCode(() -> new ExpressionCompiler(Map.of("#s", "status"), VALUES).condition("#s = :s"))
			.doesNotThrowAnyException();
	}

	@Test
	void undefinedPlaceholdersAreRejected() {
		// DynamoDB rule: every #name and :value in an expression must be defined.
		assertConditionFails("a = :x", "Invalid ConditionExpression: "
				+ "An expression attribute value used in expression is not defined; attribute value: :x");
		assertConditionFails("#x = :s", "Invalid ConditionExpression: "
				+ "An expression attribute name used in the document path is not defined; attribute name: #x");
	}

	@Test
	void unusedNamesAndValuesAreRejectedNamesFirst() {
		// DynamoDB rule: every ExpressionAttributeNames / ExpressionAttributeValues entry
		// must be used by some expression of the request.
		Map<String, String> names = new LinkedHashMap<>();
		names.put("#a", "a");
		names.put("#b", "b");
		ExpressionCompiler compiler = new ExpressionCompiler(names, values(":s", s("x"), ":t", s("y")));
		compiler.condition("#a = :s");
		assertThatThrownBy(compiler::verifyAllUsed)
			.hasMessage("Value provided in ExpressionAttributeNames unused in expressions: keys: {#b}");
		ExpressionCompiler valuesOnly = new ExpressionCompiler(null, values(":s", s("x"), ":t", s("y"), ":u", n("1")));
		valuesOnly.condition("a = :s");
		assertThatThrownBy(valuesOnly::verifyAllUsed)
			.hasMessage("Value provided in ExpressionAttributeValues unused in expressions: keys: {:t, :u}");
	}

	@Test
	void placeholderKeysMustBeWellFormed() {
		// DynamoDB rule: names are '#' plus word characters, values ':' plus word
		// characters.
		assertThatThrownBy(() -> new ExpressionCompiler(Map.of("a", "a"), null))
			.hasMessage("ExpressionAttributeNames contains invalid key: Syntax error; key: \"a\"");
		assertThatThrownBy(() -> new ExpressionCompiler(null, values("b", s("a"))))
			.hasMessage("ExpressionAttributeValues contains invalid key: Syntax error; key: \"b\"");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					foo(a)                          | Invalid function name; function: foo
					if_not_exists(a, :s) = :s       | Invalid function name; function: if_not_exists
					size(a)                         | The function is not allowed to be used this way in an expression; function: size
					begins_with(a, :s) = :s         | The function is not allowed to be used this way in an expression; function: begins_with
					size(a, b) = :n                 | Incorrect number of operands for operator or function; operator or function: size, number of operands: 2
					attribute_exists(a, b)          | Incorrect number of operands for operator or function; operator or function: attribute_exists, number of operands: 2
					contains(a)                     | Incorrect number of operands for operator or function; operator or function: contains, number of operands: 1
					attribute_exists(:s)            | Operator or function requires a document path; operator or function: attribute_exists
					attribute_type(:s, :s)          | Operator or function requires a document path; operator or function: attribute_type
					attribute_type(a, :n)           | Incorrect operand type for operator or function; operator or function: attribute_type, operand type: N
					attribute_type(a, :type)        | Invalid attribute type name found; type: STRING, valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}
					begins_with(a, :n)              | Incorrect operand type for operator or function; operator or function: begins_with, operand type: N
					size(:n) = :n                   | Incorrect operand type for operator or function; operator or function: size, operand type: N
					size(:bool) = :n                | Incorrect operand type for operator or function; operator or function: size, operand type: BOOL
					a = a                           | The first operand must be distinct from the remaining operands for this operator or function; operator: =, first operand: [a]
					begins_with(a.b, a.b)           | The first operand must be distinct from the remaining operands for this operator or function; operator: begins_with, first operand: [a, b]
					a BETWEEN :n AND :s             | The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand: AttributeValue: {N:1}, upper bound operand: AttributeValue: {S:x}
					a BETWEEN :m AND :n             | The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {N:9}, upper bound operand: AttributeValue: {N:1}
					""")
	void functionsAndOperandsAreChecked(String expression, String detail) {
		// DynamoDB rule: functions, operand counts, operand types and BETWEEN bounds are
		// validated before evaluation, with these messages.
		assertConditionFails(expression, "Invalid ConditionExpression: " + detail);
	}

	@Test
	void inTakesAtMost100Operands() {
		// DynamoDB rule: the IN comparator takes at most 100 operands.
		StringBuilder list = new StringBuilder(":s");
		for (int i = 0; i < 99; i++) {
			list.append(", :s");
		}
		ExpressionCompiler compiler = new ExpressionCompiler(null, VALUES);
		assertThatCode(() -> compiler.condition("a IN (" + list + ")")).doesNotThrowAnyException();
		assertConditionFails("a IN (" + list + ", :t)", "Invalid ConditionExpression: "
				+ "The IN operator is provided with too many operands; number of operands: 101");
	}

	@Test
	void anUnknownFunctionIsReportedBeforeAReservedWordAndAnUndefinedValue() {
		// DynamoDB rule: one message per request; unknown functions are reported first,
		// then reserved words, then undefined placeholders.
		assertConditionFails("status = :zz AND foo(a)",
				"Invalid ConditionExpression: Invalid function name; function: foo");
		assertConditionFails("a = :zz AND status = :s",
				"Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: status");
	}

	@Test
	void filtersMayNotNameKeyAttributes() {
		// DynamoDB rule: a Query's FilterExpression cannot contain key attributes.
		ExpressionCompiler compiler = new ExpressionCompiler(Map.of("#k", "pk"), VALUES);
		assertThatThrownBy(() -> compiler.filter("a = :s OR size(#k) > :n", Set.of("pk", "sk")))
			.hasMessage("Filter Expression can only contain non-primary key attributes: Primary key attribute: pk");
		assertThatCode(() -> compiler.filter("a = :s", Set.of("pk", "sk"))).doesNotThrowAnyException();
		assertThatCode(() -> compiler.filter("#k = :s", Set.of())).doesNotThrowAnyException();
	}

	@Test
	void filterErrorsNameTheFilterExpression() {
		// DynamoDB rule: messages name the request parameter the expression came from.
		ExpressionCompiler compiler = new ExpressionCompiler(null, VALUES);
		assertThatThrownBy(() -> compiler.filter("a =", Set.of()))
			.hasMessage("Invalid FilterExpression: Syntax error; token: \"<EOF>\", near: \"=\"");
	}

}
