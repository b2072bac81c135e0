package dev.ddbkit.engine.expression.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits expression text into tokens. Whitespace (space, tab, CR, LF) separates tokens; a
 * character that starts no token becomes an {@link TokenType#INVALID} token so that the
 * parser reports it as DynamoDB does ("Syntax error; token: ...").
 */
final class ExpressionLexer {

	private final String source;

	private int position;

	ExpressionLexer(String source) {
		this.source = source;
	}

	List<Token> tokenize() {
		List<Token> tokens = new ArrayList<>();
		while (true) {
			skipWhitespace();
			if (this.position >= this.source.length()) {
				tokens.add(new Token(TokenType.EOF, "", this.source.length(), this.source.length()));
				return tokens;
			}
			tokens.add(next());
		}
	}

	private Token next() {
		int start = this.position;
		char c = this.source.charAt(start);
		if (isNameStart(c)) {
			return word(TokenType.NAME, start, start + 1);
		}
		if (c == '#' || c == ':') {
			TokenType type = (c == '#') ? TokenType.NAME_REF : TokenType.VALUE_REF;
			if (start + 1 < this.source.length() && isNamePart(this.source.charAt(start + 1))) {
				return word(type, start, start + 1);
			}
			return single(TokenType.INVALID);
		}
		if (isDigit(c)) {
			int end = start + 1;
			while (end < this.source.length() && isDigit(this.source.charAt(end))) {
				end++;
			}
			return token(TokenType.INTEGER, start, end);
		}
		return switch (c) {
			case '(' -> single(TokenType.LPAREN);
			case ')' -> single(TokenType.RPAREN);
			case '[' -> single(TokenType.LBRACKET);
			case ']' -> single(TokenType.RBRACKET);
			case '.' -> single(TokenType.DOT);
			case ',' -> single(TokenType.COMMA);
			case '=' -> single(TokenType.EQ);
			case '+' -> single(TokenType.PLUS);
			case '-' -> single(TokenType.MINUS);
			case '<' -> lessThan();
			case '>' -> followedBy('=') ? token(TokenType.GE, start, start + 2) : single(TokenType.GT);
			default -> token(TokenType.INVALID, start, start + Character.charCount(this.source.codePointAt(start)));
		};
	}

	private Token lessThan() {
		int start = this.position;
		if (followedBy('=')) {
			return token(TokenType.LE, start, start + 2);
		}
		if (followedBy('>')) {
			return token(TokenType.NE, start, start + 2);
		}
		return single(TokenType.LT);
	}

	private boolean followedBy(char c) {
		return this.position + 1 < this.source.length() && this.source.charAt(this.position + 1) == c;
	}

	private Token word(TokenType type, int start, int from) {
		int end = from;
		while (end < this.source.length() && isNamePart(this.source.charAt(end))) {
			end++;
		}
		return token(type, start, end);
	}

	private Token single(TokenType type) {
		return token(type, this.position, this.position + 1);
	}

	private Token token(TokenType type, int start, int end) {
		this.position = end;
		return new Token(type, this.source.substring(start, end), start, end);
	}

	private void skipWhitespace() {
		while (this.position < this.source.length() && isWhitespace(this.source.charAt(this.position))) {
			this.position++;
		}
	}

	private static boolean isWhitespace(char c) {
		return c == ' ' || c == '\t' || c == '\r' || c == '\n';
	}

	private static boolean isNameStart(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
	}

	private static boolean isNamePart(char c) {
		return isNameStart(c) || isDigit(c);
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
