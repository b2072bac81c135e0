package dev.ddbkit.engine.expression.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import dev.ddbkit.engine.expression.ast.Comparator;
import dev.ddbkit.engine.expression.ast.Condition;
import dev.ddbkit.engine.expression.ast.Operand;
import dev.ddbkit.engine.expression.ast.Path;
import dev.ddbkit.engine.expression.ast.PathElement;
import dev.ddbkit.engine.expression.ast.ProjectionExpression;
import dev.ddbkit.engine.expression.ast.UpdateAction;
import dev.ddbkit.engine.expression.ast.UpdateExpression;

/**
 * A recursive-descent parser for DynamoDB's expression languages, one method per grammar
 * rule. Precedence, loosest first: {@code OR}, {@code AND}, {@code NOT}, then
 * parentheses, comparisons, {@code BETWEEN}, {@code IN} and functions. <pre>
 * condition    ::= orCondition EOF
 * orCondition  ::= andCondition ( OR andCondition )*
 * andCondition ::= notCondition ( AND notCondition )*
 * notCondition ::= NOT notCondition | primary
 * primary      ::= '(' orCondition ')' | predicate
 * predicate    ::= operand ( comparator operand | BETWEEN operand AND operand
 *                            | IN '(' operand ( ',' operand )* ')' )?     -- bare operand: a function
 * operand      ::= '(' operand ')' | VALUE_REF | NAME '(' operand ( ',' operand )* ')' | path
 * path         ::= ( NAME | NAME_REF ) ( '.' ( NAME | NAME_REF ) | '[' INTEGER ']' )*
 * update       ::= ( SET setAction ( ',' setAction )* | REMOVE path ( ',' path )*
 *                  | ADD path VALUE_REF ( ',' path VALUE_REF )* | DELETE path VALUE_REF ( ... )* )+ EOF
 * setAction    ::= path '=' setValue
 * setValue     ::= '(' setValue ')' | setOperand ( ( '+' | '-' ) setOperand )?
 * setOperand   ::= '(' setOperand ')' | VALUE_REF | NAME '(' setOperand ( ',' setOperand )* ')' | path
 * projection   ::= path ( ',' path )* EOF
 * </pre> Source: DynamoDB Developer Guide, "Condition and filter expressions, operators,
 * and functions in DynamoDB" (syntax, precedence), "Using update expressions in
 * DynamoDB", "Using projection expressions in DynamoDB"; "Quotas in Amazon DynamoDB"
 * (expression parameters: 4 KB). Error texts, and the parentheses accepted around update
 * operands, as DynamoDB Local 3.x answers. The resolver checks the operator count, path
 * depth, list index range and reserved words.
 */
public final class ExpressionParser extends TokenCursor {

	/** The largest expression in UTF-8 bytes. */
	public static final int MAX_EXPRESSION_BYTES = 4096;

	private static final Set<String> CONDITION_KEYWORDS = Set.of("AND", "OR", "NOT", "BETWEEN", "IN");

	private static final Set<String> UPDATE_KEYWORDS = Set.of("SET", "REMOVE", "ADD", "DELETE");

	private final ExpressionKind kind;

	private final Set<String> keywords;

	private final Map<Integer, Object> setValues = new HashMap<>();

	private ExpressionParser(String source, ExpressionKind kind, Set<String> keywords) {
		super(checked(source, kind));
		this.kind = kind;
		this.keywords = keywords;
	}

	private static String checked(String source, ExpressionKind kind) {
		if (source.isBlank()) {
			throw kind.invalid("The expression can not be empty;");
		}
		int size = source.getBytes(StandardCharsets.UTF_8).length;
		if (size > MAX_EXPRESSION_BYTES) {
			throw kind.invalid("Expression size has exceeded the maximum allowed size; expression size: " + size);
		}
		return source;
	}

	/**
	 * Parses a condition, filter or key-condition expression.
	 * @throws dev.ddbkit.engine.error.EngineException a ValidationException for empty,
	 * oversized or malformed text
	 */
	public static Condition parseCondition(String source, ExpressionKind kind) {
		ExpressionParser parser = new ExpressionParser(source, kind, CONDITION_KEYWORDS);
		return parser.finish(parser.guarded(parser::condition));
	}

	/** Parses an update expression. */
	public static UpdateExpression parseUpdate(String source) {
		ExpressionParser parser = new ExpressionParser(source, ExpressionKind.UPDATE, UPDATE_KEYWORDS);
		return parser.finish(parser.guarded(parser::update));
	}

	/** Parses a projection expression. */
	public static ProjectionExpression parseProjection(String source) {
		ExpressionParser parser = new ExpressionParser(source, ExpressionKind.PROJECTION, Set.of());
		return parser.finish(parser.guarded(parser::projection));
	}

	private <T> T guarded(Supplier<T> rule) {
		try {
			return rule.get();
		}
		catch (SyntaxError ex) {
			throw this.kind.invalid(ex.getMessage());
		}
		catch (StackOverflowError ex) {
			throw this.kind.invalid("The expression has too many nested levels;");
		}
	}

	private <T> T finish(T result) {
		if (hasRedundantParentheses()) {
			throw this.kind.invalid("The expression has redundant parentheses;");
		}
		return result;
	}

	// condition ::= orCondition EOF
	private Condition condition() {
		Condition condition = orCondition();
		expect(TokenType.EOF);
		return condition;
	}

	// orCondition ::= andCondition ( OR andCondition )*
	private Condition orCondition() {
		Condition left = andCondition();
		while (current().isKeyword("OR")) {
			advance();
			left = new Condition.Or(left, andCondition());
		}
		return left;
	}

	// andCondition ::= notCondition ( AND notCondition )*
	private Condition andCondition() {
		Condition left = notCondition();
		while (current().isKeyword("AND")) {
			advance();
			left = new Condition.And(left, notCondition());
		}
		return left;
	}

	// notCondition ::= NOT notCondition | primary
	private Condition notCondition() {
		if (current().isKeyword("NOT")) {
			advance();
			return new Condition.Not(notCondition());
		}
		return primary();
	}

	// primary ::= '(' orCondition ')' | predicate
	// A '(' whose matching ')' is followed by a comparator, BETWEEN or IN opens an
	// operand.
	private Condition primary() {
		if (current().is(TokenType.LPAREN) && !opensOperand(this.position)) {
			checkRedundant(this.position);
			advance();
			Condition condition = orCondition();
			expect(TokenType.RPAREN);
			return condition;
		}
		return predicate();
	}

	// predicate ::= operand ( comparator operand | BETWEEN operand AND operand | IN (...)
	// )?
	private Condition predicate() {
		Operand left = operand();
		Comparator comparator = comparator(current());
		if (comparator != null) {
			advance();
			return new Condition.Comparison(left, comparator, operand());
		}
		if (current().isKeyword("BETWEEN")) {
			advance();
			Operand lower = operand();
			expectKeyword("AND");
			return new Condition.Between(left, lower, operand());
		}
		if (current().isKeyword("IN")) {
			advance();
			expect(TokenType.LPAREN);
			List<Operand> candidates = operandList();
			expect(TokenType.RPAREN);
			return new Condition.In(left, candidates);
		}
		if (left instanceof Operand.FunctionCall call) {
			return new Condition.FunctionCondition(call);
		}
		throw syntaxError();
	}

	// operand ::= '(' operand ')' | VALUE_REF | NAME '(' operand ( ',' operand )* ')' |
	// path
	private Operand operand() {
		Token token = current();
		if (token.is(TokenType.LPAREN)) {
			checkRedundant(this.position);
			advance();
			Operand operand = operand();
			expect(TokenType.RPAREN);
			return operand;
		}
		if (token.is(TokenType.VALUE_REF)) {
			advance();
			return new Operand.ValueRef(token.text());
		}
		if (token.is(TokenType.NAME) && peek(1).is(TokenType.LPAREN) && !isKeyword(token)) {
			return functionCall(this::operand);
		}
		return new Operand.PathOperand(path());
	}

	private List<Operand> operandList() {
		List<Operand> operands = new ArrayList<>();
		operands.add(operand());
		while (current().is(TokenType.COMMA)) {
			advance();
			operands.add(operand());
		}
		return operands;
	}

	private Operand.FunctionCall functionCall(Supplier<Operand> argument) {
		String name = advance().text();
		expect(TokenType.LPAREN);
		List<Operand> arguments = new ArrayList<>();
		arguments.add(argument.get());
		while (current().is(TokenType.COMMA)) {
			advance();
			arguments.add(argument.get());
		}
		expect(TokenType.RPAREN);
		return new Operand.FunctionCall(name, arguments);
	}

	// path ::= ( NAME | NAME_REF ) ( '.' ( NAME | NAME_REF ) | '[' INTEGER ']' )*
	private Path path() {
		List<PathElement> elements = new ArrayList<>();
		elements.add(pathName());
		while (true) {
			if (current().is(TokenType.DOT)) {
				advance();
				elements.add(pathName());
			}
			else if (current().is(TokenType.LBRACKET)) {
				advance();
				elements.add(new PathElement.Index(index()));
				expect(TokenType.RBRACKET);
			}
			else {
				return new Path(elements);
			}
		}
	}

	private PathElement pathName() {
		Token token = current();
		if (token.is(TokenType.NAME_REF)) {
			advance();
			return new PathElement.NameRef(token.text());
		}
		if (token.is(TokenType.NAME) && !isKeyword(token)) {
			advance();
			return new PathElement.Attribute(token.text());
		}
		throw syntaxError();
	}

	/** A list index; one beyond the range of int is kept for the resolver to reject. */
	private long index() {
		Token token = current();
		if (!token.is(TokenType.INTEGER)) {
			throw syntaxError();
		}
		advance();
		String digits = token.text();
		return (digits.length() > 18) ? Long.MAX_VALUE : Long.parseLong(digits);
	}

	// update ::= ( SET ... | REMOVE ... | ADD ... | DELETE ... )+ EOF
	private UpdateExpression update() {
		List<UpdateAction> actions = new ArrayList<>();
		List<String> sections = new ArrayList<>();
		do {
			Token keyword = current();
			String section = keyword.text().toUpperCase(Locale.ROOT);
			if (!keyword.is(TokenType.NAME) || !UPDATE_KEYWORDS.contains(section)) {
				throw syntaxError();
			}
			advance();
			sections.add(section);
			actions.add(updateAction(section));
			while (current().is(TokenType.COMMA)) {
				advance();
				actions.add(updateAction(section));
			}
		}
		while (!current().is(TokenType.EOF));
		return new UpdateExpression(sections, actions);
	}

	private UpdateAction updateAction(String section) {
		Path path = path();
		return switch (section) {
			case "SET" -> setAction(path);
			case "REMOVE" -> new UpdateAction.Remove(path);
			case "ADD" -> new UpdateAction.Add(path, valueRef());
			default -> new UpdateAction.Delete(path, valueRef());
		};
	}

	// setAction ::= path '=' setValue
	private UpdateAction setAction(Path path) {
		expect(TokenType.EQ);
		return new UpdateAction.Set(path, setValue());
	}

	// setValue ::= '(' setValue ')' | setSum
	// A parenthesized value may not be followed by + or -: "(a + b) + c" fails at the
	// second
	// '+', while "(a) + (b)" is a sum of parenthesized operands. Both readings are tried;
	// results are remembered per position, so nesting cannot make this exponential.
	private Operand setValue() {
		if (!current().is(TokenType.LPAREN)) {
			return setSum();
		}
		int start = this.position;
		Object remembered = this.setValues.get(start);
		if (remembered instanceof SyntaxError error) {
			throw error;
		}
		if (remembered instanceof ParsedValue parsed) {
			this.position = parsed.end();
			return parsed.value();
		}
		try {
			Operand value = setValueAlternatives(start);
			this.setValues.put(start, new ParsedValue(value, this.position));
			return value;
		}
		catch (SyntaxError error) {
			this.setValues.put(start, error);
			throw error;
		}
	}

	private Operand setValueAlternatives(int start) {
		SyntaxError grouped;
		try {
			checkRedundant(start);
			advance();
			Operand value = setValue();
			expect(TokenType.RPAREN);
			if (!current().is(TokenType.PLUS) && !current().is(TokenType.MINUS)) {
				return value;
			}
			grouped = syntaxError();
		}
		catch (SyntaxError error) {
			grouped = error;
		}
		this.position = start;
		try {
			return setSum();
		}
		catch (SyntaxError error) {
			throw (error.position() >= grouped.position()) ? error : grouped;
		}
	}

	// setSum ::= setOperand ( ( '+' | '-' ) setOperand )?
	private Operand setSum() {
		Operand value = setOperand();
		if (current().is(TokenType.PLUS) || current().is(TokenType.MINUS)) {
			boolean plus = advance().is(TokenType.PLUS);
			value = new Operand.Arithmetic(value, plus, setOperand());
		}
		return value;
	}

	// setOperand ::= '(' setOperand ')' | VALUE_REF | NAME '(' setOperand ( ','
	// setOperand )* ')' | path
	private Operand setOperand() {
		Token token = current();
		if (token.is(TokenType.LPAREN)) {
			checkRedundant(this.position);
			advance();
			Operand operand = setOperand();
			expect(TokenType.RPAREN);
			return operand;
		}
		if (token.is(TokenType.VALUE_REF)) {
			advance();
			return new Operand.ValueRef(token.text());
		}
		if (token.is(TokenType.NAME) && peek(1).is(TokenType.LPAREN) && !isKeyword(token)) {
			return functionCall(this::setOperand);
		}
		return new Operand.PathOperand(path());
	}

	private Operand valueRef() {
		Token token = current();
		if (!token.is(TokenType.VALUE_REF)) {
			throw syntaxError();
		}
		advance();
		return new Operand.ValueRef(token.text());
	}

	// projection ::= path ( ',' path )* EOF
	private ProjectionExpression projection() {
		List<Path> paths = new ArrayList<>();
		paths.add(path());
		while (current().is(TokenType.COMMA)) {
			advance();
			paths.add(path());
		}
		expect(TokenType.EOF);
		return new ProjectionExpression(paths);
	}

	private static Comparator comparator(Token token) {
		return switch (token.type()) {
			case EQ -> Comparator.EQ;
			case NE -> Comparator.NE;
			case LT -> Comparator.LT;
			case LE -> Comparator.LE;
			case GT -> Comparator.GT;
			case GE -> Comparator.GE;
			default -> null;
		};
	}

	/** Whether the '(' at {@code open} closes before a comparator, BETWEEN or IN. */
	private boolean opensOperand(int open) {
		int close = matching(open);
		if (close < 0) {
			return false;
		}
		Token after = this.tokens.get(close + 1);
		return comparator(after) != null || after.isKeyword("BETWEEN") || after.isKeyword("IN");
	}

	private boolean isKeyword(Token token) {
		return token.is(TokenType.NAME) && this.keywords.contains(token.text().toUpperCase(Locale.ROOT));
	}

	/** A value parsed from a position, and the position after it. */
	private record ParsedValue(Operand value, int end) {
	}

}
