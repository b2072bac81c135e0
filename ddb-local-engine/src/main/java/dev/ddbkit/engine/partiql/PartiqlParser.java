package dev.ddbkit.engine.partiql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.ddbkit.engine.partiql.PartiqlLexer.Kind;
import dev.ddbkit.engine.partiql.PartiqlLexer.Token;
import dev.ddbkit.engine.partiql.PartiqlNode.PathRef;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A recursive-descent parser for DynamoDB's PartiQL subset (DG, "PartiQL select, insert,
 * update and delete statements"); {@code ?} parameters are bound while parsing, in order.
 */
final class PartiqlParser {

	private final List<Token> tokens;

	private final List<Value> parameters;

	private int position;

	private int boundParameters;

	private PartiqlParser(String statement, List<Value> parameters) {
		this.tokens = PartiqlLexer.tokens(statement);
		this.parameters = parameters;
	}

	/**
	 * Parses one statement, binding its parameters.
	 * @throws PartiqlSyntaxException when the statement is not well formed
	 * @throws PartiqlParameterException when the parameters do not match the {@code ?}
	 * count
	 */
	static PartiqlStatement parse(String statement, List<Value> parameters) {
		PartiqlParser parser = new PartiqlParser(statement, parameters);
		PartiqlStatement parsed = parser.statement();
		if (parser.peek().kind() != Kind.END) {
			throw parser.unexpected();
		}
		return parsed;
	}

	private PartiqlStatement statement() {
		if (accept("SELECT")) {
			return select();
		}
		if (accept("INSERT")) {
			expect("INTO");
			String table = identifier();
			expect("VALUE");
			Value item = value();
			if (!(item instanceof Value.M map)) {
				throw new PartiqlSyntaxException("INSERT requires a map value", peek().position());
			}
			return new PartiqlStatement.Insert(table, new Item(map.values()));
		}
		if (accept("UPDATE")) {
			return update();
		}
		if (accept("DELETE")) {
			expect("FROM");
			String table = identifier();
			expect("WHERE");
			PartiqlNode where = expression();
			return new PartiqlStatement.Delete(table, where, returning());
		}
		if (accept("EXISTS")) {
			expect("(");
			expect("SELECT");
			expect("*");
			expect("FROM");
			String table = identifier();
			expect("WHERE");
			PartiqlNode where = expression();
			expect(")");
			return new PartiqlStatement.Exists(table, where);
		}
		throw unexpected();
	}

	private PartiqlStatement select() {
		List<PathRef> projection = null;
		if (!accept("*")) {
			projection = new ArrayList<>();
			do {
				projection.add(path());
			}
			while (accept(","));
		}
		expect("FROM");
		String table = identifier();
		String index = accept(".") ? identifier() : null;
		PartiqlNode where = accept("WHERE") ? expression() : null;
		boolean descending = false;
		if (accept("ORDER")) {
			expect("BY");
			path();
			descending = accept("DESC");
			if (!descending) {
				accept("ASC");
			}
		}
		return new PartiqlStatement.Select(table, index, projection, where, descending);
	}

	private PartiqlStatement update() {
		String table = identifier();
		List<PartiqlStatement.Assignment> sets = new ArrayList<>();
		List<PathRef> removes = new ArrayList<>();
		while (peek().is("SET") || peek().is("REMOVE")) {
			boolean set = next().is("SET");
			do {
				if (set) {
					PathRef path = path();
					expect("=");
					sets.add(new PartiqlStatement.Assignment(path, additive()));
				}
				else {
					removes.add(path());
				}
			}
			while (accept(","));
		}
		if (sets.isEmpty() && removes.isEmpty()) {
			throw unexpected();
		}
		expect("WHERE");
		PartiqlNode where = expression();
		return new PartiqlStatement.Update(table, sets, removes, where, returning());
	}

	private @Nullable String returning() {
		if (!accept("RETURNING")) {
			return null;
		}
		String scope = next().text().toUpperCase(Locale.ROOT);
		String version = next().text().toUpperCase(Locale.ROOT);
		expect("*");
		if (!(scope.equals("ALL") || scope.equals("MODIFIED")) || !(version.equals("OLD") || version.equals("NEW"))) {
			throw new PartiqlSyntaxException("Unexpected RETURNING clause", peek().position());
		}
		return (scope.equals("ALL") ? "ALL_" : "UPDATED_") + version;
	}

	PartiqlNode expression() {
		PartiqlNode left = conjunction();
		while (accept("OR")) {
			left = new PartiqlNode.Logical(false, left, conjunction());
		}
		return left;
	}

	private PartiqlNode conjunction() {
		PartiqlNode left = negation();
		while (accept("AND")) {
			left = new PartiqlNode.Logical(true, left, negation());
		}
		return left;
	}

	private PartiqlNode negation() {
		return accept("NOT") ? new PartiqlNode.Not(negation()) : predicate();
	}

	private PartiqlNode predicate() {
		PartiqlNode left = additive();
		Token token = peek();
		if (token.kind() == Kind.SYMBOL && List.of("=", "<>", "!=", "<", "<=", ">", ">=").contains(token.text())) {
			next();
			String operator = token.text().equals("!=") ? "<>" : token.text();
			PartiqlNode right = additive();
			// value op path is turned into path op' value, so key equalities are found
			// on either side.
			if (left instanceof PartiqlNode.Literal && right instanceof PathRef) {
				return new PartiqlNode.Compare(mirrored(operator), right, left);
			}
			return new PartiqlNode.Compare(operator, left, right);
		}
		if (accept("BETWEEN")) {
			PartiqlNode low = additive();
			expect("AND");
			return new PartiqlNode.Between(left, low, additive());
		}
		boolean negated = accept("NOT");
		if (accept("IN")) {
			String close = accept("[") ? "]" : expectThen("(", ")");
			List<PartiqlNode> candidates = new ArrayList<>();
			do {
				candidates.add(additive());
			}
			while (accept(","));
			expect(close);
			PartiqlNode in = new PartiqlNode.In(left, candidates);
			return negated ? new PartiqlNode.Not(in) : in;
		}
		if (negated) {
			throw unexpected();
		}
		if (accept("IS")) {
			boolean not = accept("NOT");
			if (!(left instanceof PathRef path)) {
				throw unexpected();
			}
			if (accept("MISSING")) {
				return new PartiqlNode.Missing(path, not);
			}
			expect("NULL");
			PartiqlNode isNull = new PartiqlNode.Call("attribute_type",
					List.of(path, new PartiqlNode.Literal(Value.s("NULL"))));
			return not ? new PartiqlNode.Not(isNull) : isNull;
		}
		return left;
	}

	private static String mirrored(String operator) {
		return switch (operator) {
			case "<" -> ">";
			case "<=" -> ">=";
			case ">" -> "<";
			case ">=" -> "<=";
			default -> operator;
		};
	}

	private PartiqlNode additive() {
		PartiqlNode left = primary();
		while (peek().is("+") || peek().is("-")) {
			String operator = next().text();
			left = new PartiqlNode.Arithmetic(operator, left, primary());
		}
		return left;
	}

	private PartiqlNode primary() {
		Token token = peek();
		if (token.is("(")) {
			next();
			PartiqlNode inner = expression();
			expect(")");
			return inner;
		}
		if (token.kind() == Kind.WORD && this.tokens.get(this.position + 1).is("(")) {
			next();
			next();
			List<PartiqlNode> arguments = new ArrayList<>();
			if (!accept(")")) {
				do {
					arguments.add(additive());
				}
				while (accept(","));
				expect(")");
			}
			return new PartiqlNode.Call(token.text().toLowerCase(Locale.ROOT), arguments);
		}
		if (token.kind() == Kind.QUOTED || (token.kind() == Kind.WORD && !isLiteralWord(token))) {
			return path();
		}
		return new PartiqlNode.Literal(value());
	}

	private static boolean isLiteralWord(Token token) {
		return token.is("TRUE") || token.is("FALSE") || token.is("NULL");
	}

	private PathRef path() {
		List<Object> elements = new ArrayList<>();
		elements.add(identifier());
		while (true) {
			if (peek().is(".") && this.tokens.get(this.position + 1).kind() != Kind.END) {
				next();
				elements.add(identifier());
			}
			else if (accept("[")) {
				Token index = next();
				if (index.kind() != Kind.NUMBER) {
					throw new PartiqlSyntaxException("Expected a list index", index.position());
				}
				elements.add(Integer.valueOf(index.text()));
				expect("]");
			}
			else {
				return new PathRef(elements);
			}
		}
	}

	private Value value() {
		Token token = next();
		if (token.is("?")) {
			if (this.boundParameters >= this.parameters.size()) {
				throw new PartiqlParameterException();
			}
			return this.parameters.get(this.boundParameters++);
		}
		if (token.kind() == Kind.STRING) {
			return Value.s(token.text());
		}
		if (token.kind() == Kind.NUMBER) {
			return Value.n(token.text());
		}
		if (token.is("-") && peek().kind() == Kind.NUMBER) {
			return Value.n("-" + next().text());
		}
		if (token.is("TRUE") || token.is("FALSE")) {
			return Value.bool(token.is("TRUE"));
		}
		if (token.is("NULL")) {
			return Value.nul();
		}
		if (token.is("[")) {
			List<Value> values = new ArrayList<>();
			if (!accept("]")) {
				do {
					values.add(value());
				}
				while (accept(","));
				expect("]");
			}
			return new Value.L(values);
		}
		if (token.is("{")) {
			Map<String, Value> values = new LinkedHashMap<>();
			if (!accept("}")) {
				do {
					Token key = next();
					if (key.kind() != Kind.STRING && key.kind() != Kind.QUOTED) {
						throw new PartiqlSyntaxException("Expected a string key", key.position());
					}
					expect(":");
					values.put(key.text(), value());
				}
				while (accept(","));
				expect("}");
			}
			return new Value.M(values);
		}
		if (token.is("<<")) {
			List<Value> members = new ArrayList<>();
			do {
				members.add(value());
			}
			while (accept(","));
			expect(">>");
			return PartiqlValues.set(members, token.position());
		}
		throw new PartiqlSyntaxException("Unexpected token '" + token.text() + "'", token.position());
	}

	private String identifier() {
		Token token = next();
		if (token.kind() != Kind.WORD && token.kind() != Kind.QUOTED) {
			throw new PartiqlSyntaxException("Expected an identifier", token.position());
		}
		return token.text();
	}

	private Token peek() {
		return this.tokens.get(this.position);
	}

	private Token next() {
		Token token = peek();
		if (token.kind() != Kind.END) {
			this.position++;
		}
		return token;
	}

	private boolean accept(String symbolOrKeyword) {
		if (peek().is(symbolOrKeyword)) {
			next();
			return true;
		}
		return false;
	}

	private void expect(String symbolOrKeyword) {
		if (!accept(symbolOrKeyword)) {
			throw unexpected();
		}
	}

	private String expectThen(String open, String close) {
		expect(open);
		return close;
	}

	private PartiqlSyntaxException unexpected() {
		Token token = peek();
		return new PartiqlSyntaxException(
				(token.kind() == Kind.END) ? "Unexpected end of statement" : "Unexpected token '" + token.text() + "'",
				token.position());
	}

}
