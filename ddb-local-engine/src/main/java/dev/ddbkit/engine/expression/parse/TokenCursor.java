package dev.ddbkit.engine.expression.parse;

import java.util.List;

/**
 * The parser's view of the tokens: a position, look-ahead, DynamoDB's syntax-error
 * message, and matching of parentheses (for choosing between a parenthesized condition
 * and a parenthesized operand, and for DynamoDB's "redundant parentheses" rule).
 */
abstract class TokenCursor {

	final String source;

	final List<Token> tokens;

	int position;

	private boolean redundantParentheses;

	TokenCursor(String source) {
		this.source = source;
		this.tokens = new ExpressionLexer(source).tokenize();
	}

	boolean hasRedundantParentheses() {
		return this.redundantParentheses;
	}

	/** DynamoDB rejects a parenthesis pair directly around another one: {@code ((a))}. */
	void checkRedundant(int open) {
		int close = matching(open);
		if (close > open + 1 && this.tokens.get(open + 1).is(TokenType.LPAREN) && matching(open + 1) == close - 1) {
			this.redundantParentheses = true;
		}
	}

	/** The index of the ')' matching the '(' at {@code open}, or -1. */
	int matching(int open) {
		int depth = 0;
		for (int i = open; i < this.tokens.size(); i++) {
			TokenType type = this.tokens.get(i).type();
			if (type == TokenType.LPAREN) {
				depth++;
			}
			else if (type == TokenType.RPAREN && --depth == 0) {
				return i;
			}
		}
		return -1;
	}

	Token current() {
		return this.tokens.get(this.position);
	}

	Token peek(int ahead) {
		return this.tokens.get(Math.min(this.position + ahead, this.tokens.size() - 1));
	}

	Token advance() {
		Token token = current();
		if (!token.is(TokenType.EOF)) {
			this.position++;
		}
		return token;
	}

	void expect(TokenType type) {
		if (!current().is(type)) {
			throw syntaxError();
		}
		advance();
	}

	void expectKeyword(String keyword) {
		if (!current().isKeyword(keyword)) {
			throw syntaxError();
		}
		advance();
	}

	/**
	 * DynamoDB's syntax error: the offending token and the text from the token before it
	 * to the token after it ("Syntax error; token: "b", near: "a b"").
	 */
	SyntaxError syntaxError() {
		Token token = current();
		int from = (this.position > 0) ? this.tokens.get(this.position - 1).start() : token.start();
		int to = token.is(TokenType.EOF) ? this.source.length() : peek(1).end();
		String near = this.source.substring(from, Math.max(from, to));
		return new SyntaxError(this.position,
				"Syntax error; token: \"" + token.display() + "\", near: \"" + near + "\"");
	}

	/** A syntax error at a token; the furthest one wins between two readings. */
	static final class SyntaxError extends RuntimeException {

		private final int position;

		SyntaxError(int position, String message) {
			super(message, null, false, false);
			this.position = position;
		}

		int position() {
			return this.position;
		}

	}

}
