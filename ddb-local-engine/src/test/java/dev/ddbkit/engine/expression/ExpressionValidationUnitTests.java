package dev.ddbkit.engine.expression;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
import static org.assertj.core.api.Assertions.assertThat;
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
							if_not_exists(a, :s) = :s       | The function is not allowed in a condition expression; function: if_not_exists
							size(a)                         | The function is not allowed to be used this way in an expression; function: size
							begins_with(a, :s) = :s         | The function is not allowed to be used this way in an expression; function: begins_with
							size(a, b) = :n                 | Incorrect number of operands for operator or function; operator or function: size, number of operands: 2
							attribute_exists(a, b)          | Incorrect number of operands for operator or function; operator or function: attribute_exists, number of operands: 2
							contains(a)                     | Incorrect number of operands for operator or function; operator or function: contains, number of operands: 1
							attribute_exists(:s)            | Operator or function requires a document path; operator or function: attribute_exists
							attribute_type(a, a)            | The first operand must be distinct from the remaining operands for this operator or function; operator: attribute_type, first operand: [a]
					attribute_type(a, b)            | Incorrect operand type for operator or function; operator or function: attribute_type, operand type: {BS,S,BOOL,DECIMAL,INTSET,DECIMALSET,N,DICT,SS,M,NULL,FS,FLOAT,NS,HDS,DOUBLESET,L,HD,INT,DOUBLE,B}
					size(size(a)) = :n              | Incorrect operand type for operator or function; operator or function: size, operand type: N
					a IN (b, a)                     | The first operand must be distinct from the remaining operands for this operator or function; operator: IN, first operand: [a]
					a BETWEEN :n AND a              | The first operand must be distinct from the remaining operands for this operator or function; operator: BETWEEN, first operand: [a]
					a[2147483648] = :n              | List index is not within the allowable range; index: [2147483648]
							attribute_type(a, :n)           | Incorrect operand type for operator or function; operator or function: attribute_type, operand type: N
							attribute_type(a, :type)        | Invalid attribute type name found; type: STRING, valid types: {N,BS,L,B,NULL,M,S,SS,NS,BOOL}
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

	@Test
	void namesAreCheckedInTheOrderWrittenBeforePlaceholdersAndOperands() {
		// DynamoDB rule (as DynamoDB Local reports it): one message per request; reserved
		// words and function names first, in the order written, then the operator count,
		// then placeholders and operands in the order written.
		assertConditionFails("status = :zz AND foo(a)",
				"Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: status");
		assertConditionFails("foo(a) AND status = :s",
				"Invalid ConditionExpression: Invalid function name; function: foo");
		assertConditionFails("a = :zz AND status = :s",
				"Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: status");
		assertConditionFails("size(a, b) = :n AND b = :zz", "Invalid ConditionExpression: Incorrect number of operands "
				+ "for operator or function; operator or function: size, number of operands: 2");
		assertConditionFails("a = :zz AND size(a, b) = :n", "Invalid ConditionExpression: "
				+ "An expression attribute value used in expression is not defined; attribute value: :zz");
	}

	@Test
	void expressionsWithMoreThan300OperatorsAreRejected() {
		// DynamoDB rule: at most 300 operators and functions per expression.
		String fits = "a < b" + " AND a < b".repeat(149);
		assertThatCode(() -> new ExpressionCompiler(null, null).condition(fits)).doesNotThrowAnyException();
		assertConditionFails(fits + " AND a < b",
				"Invalid ConditionExpression: The expression contains too many operators; operator count: 301");
	}

	@Test
	void documentPathsNestAtMost32Levels() {
		// DynamoDB rule: a document path has at most 32 levels (the attribute and 31
		// steps).
		String fits = "a" + ".b".repeat(31);
		assertThatCode(() -> new ExpressionCompiler(null, null).condition("attribute_exists(" + fits + ")"))
			.doesNotThrowAnyException();
		assertConditionFails("attribute_exists(" + fits + "[0])",
				"Invalid ConditionExpression: The document path has too many nesting levels; nesting levels: 33");
	}

	@Test
	void sizeIsNotRejectedAsAReservedWord() {
		// DynamoDB Local accepts size as a bare attribute name (it reads it as a keyword
		// of
		// its grammar) although it is on the reserved-word list.
		ExpressionCompiler compiler = new ExpressionCompiler(null, VALUES);
		assertThatCode(() -> compiler.condition("size = :n OR a.size = :n")).doesNotThrowAnyException();
	}

	@Test
	void filtersReportThePartitionKeyFirstAndMayNotReadIntoKeys() {
		// DynamoDB rule (as DynamoDB Local reports it): key attributes are checked in key
		// schema order; reading into a key attribute is rejected in Query and Scan
		// filters.
		ExpressionCompiler compiler = new ExpressionCompiler(null, VALUES);
		Set<String> keys = new LinkedHashSet<>(List.of("pk", "sk"));
		assertThatThrownBy(() -> compiler.filter("sk = :s AND pk = :t", keys))
			.hasMessage("Filter Expression can only contain non-primary key attributes: Primary key attribute: pk");
		assertThatThrownBy(() -> compiler.filter("pk = :s AND sk.x = :t", keys)).hasMessage(
				"Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: sk");
		assertThatThrownBy(() -> compiler.scanFilter("pk.x = :s", keys)).hasMessage(
				"Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: pk");
		assertThat(compiler.scanFilter("pk = :s", keys).test(Items.item("pk", s("x")))).isTrue();
	}

}
