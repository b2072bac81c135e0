package dev.ddbkit.engine.expression;

import java.util.Map;

import dev.ddbkit.engine.value.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.ddbkit.engine.expression.Items.b;
import static dev.ddbkit.engine.expression.Items.l;
import static dev.ddbkit.engine.expression.Items.m;
import static dev.ddbkit.engine.expression.Items.n;
import static dev.ddbkit.engine.expression.Items.ns;
import static dev.ddbkit.engine.expression.Items.s;
import static dev.ddbkit.engine.expression.Items.ss;
import static dev.ddbkit.engine.expression.Items.values;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UpdateValidationUnitTests {

	private static final Map<String, Value> VALUES = values(":a", s("a"), ":b", n("1"), ":c", b(1), ":d",
			Value.bool(true), ":e", Value.nul(), ":f", ss("a"), ":g", ns("1"), ":i", m(), ":j", l());

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
									set a = #c set c = :d                                    | The "SET" section can only be used once in an update expression;
									remove #d set a = b remove e                             | The "REMOVE" section can only be used once in an update expression;
									set #c = foo(:a) set c = d                               | Invalid function name; function: foo
									set a = size(b)                                          | The function is not allowed in an update expression; function: size
							set a = list_append(b, :j) + :b                          | The function is not allowed to be used this way in an expression; function: list_append
									set #c = :a set abOrt = :b                               | Attribute name is a reserved keyword; reserved keyword: abOrt
									set a = :zz                                              | An expression attribute value used in expression is not defined; attribute value: :zz
									set #zz = :a                                             | An expression attribute name used in the document path is not defined; attribute name: #zz
									set d[1] = a, d.b = a, c[1].a = a, #c = if_not_exists(a) | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [c, [1], a], path two: [c]
									set #c[3].#d = a, #c[3] = a                              | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [c, [3], [3]], path two: [c, [3]]
									set a = :a remove a                                      | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]
									remove a.#c set a[1] = :a                                | Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, c], path two: [a, [1]]
									set b = list_append(:a, a), c = if_not_exists(a) add a.b :a | Incorrect operand type for operator or function; operator: ADD, operand type: STRING, typeSet: ALLOWED_FOR_ADD_OPERAND
									delete a.b :b                                            | Incorrect operand type for operator or function; operator: DELETE, operand type: NUMBER, typeSet: ALLOWED_FOR_DELETE_OPERAND
									add a.b :d                                               | Incorrect operand type for operator or function; operator: ADD, operand type: BOOLEAN, typeSet: ALLOWED_FOR_ADD_OPERAND
									add a.b :e                                               | Incorrect operand type for operator or function; operator: ADD, operand type: NULL, typeSet: ALLOWED_FOR_ADD_OPERAND
									add a.b :c                                               | Incorrect operand type for operator or function; operator: ADD, operand type: BINARY, typeSet: ALLOWED_FOR_ADD_OPERAND
									add a.b :i                                               | Incorrect operand type for operator or function; operator: ADD, operand type: MAP, typeSet: ALLOWED_FOR_ADD_OPERAND
									delete a.b :j                                            | Incorrect operand type for operator or function; operator: DELETE, operand type: LIST, typeSet: ALLOWED_FOR_DELETE_OPERAND
									set a = if_not_exists(c)                                 | Incorrect number of operands for operator or function; operator or function: if_not_exists, number of operands: 1
									set a = list_append(c)                                   | Incorrect number of operands for operator or function; operator or function: list_append, number of operands: 1
									set a = if_not_exists(:a, c)                             | Operator or function requires a document path; operator or function: if_not_exists
									set a = list_append(:a, a)                               | Incorrect operand type for operator or function; operator or function: list_append, operand type: S
									set a = list_append(a, :g)                               | Incorrect operand type for operator or function; operator or function: list_append, operand type: NS
									set a = a + :a                                           | Incorrect operand type for operator or function; operator or function: +, operand type: S
									set a = :f - a                                           | Incorrect operand type for operator or function; operator or function: -, operand type: SS
									set a = :a + :b, b = list_append(:a, c)                  | Incorrect operand type for operator or function; operator or function: list_append, operand type: S
							set b = list_append(:a, c), a = :a + :b                  | Incorrect operand type for operator or function; operator or function: +, operand type: S
							set a = :b, b = :zz add c :a                             | Incorrect operand type for operator or function; operator: ADD, operand type: STRING, typeSet: ALLOWED_FOR_ADD_OPERAND
					add c :a set b = :zz                                     | An expression attribute value used in expression is not defined; attribute value: :zz
					delete a :b add c :a                                     | Incorrect operand type for operator or function; operator: ADD, operand type: STRING, typeSet: ALLOWED_FOR_ADD_OPERAND
							set a = :zz remove a                                     | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]
							set a.b = :a, a.c = :a, a = :a                           | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a, c], path two: [a]
							set a = (b + :b) + :b                                    | Syntax error; token: "+", near: ") + :b"
							set a = ((b))                                            | The expression has redundant parentheses;
									""")
	void invalidUpdatesAreRejectedWithDynamoDbsMessages(String expression, String detail) {
		// DynamoDB rule: update expressions are validated before they are applied; one
		// problem is reported, in DynamoDB Local's order: names, sections, paths, then
		// the
		// actions from the last written to the first.
		ExpressionCompiler compiler = new ExpressionCompiler(Map.of("#c", "c", "#d", "[3]"), VALUES);
		assertThatThrownBy(() -> compiler.update(expression)).hasMessage("Invalid UpdateExpression: " + detail);
	}

}
