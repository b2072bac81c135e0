package dev.ddbkit.engine.partiql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a PartiQL statement into tokens: bare and double-quoted identifiers,
 * single-quoted strings ({@code ''} escapes a quote), numbers, {@code ?} and the
 * punctuation DynamoDB's PartiQL subset uses.
 */
final class PartiqlLexer {

	private static final String[] SYMBOLS = { "<<", ">>", "<=", ">=", "<>", "!=", "=", "<", ">", "(", ")", "[", "]",
			"{", "}", ",", ".", ":", "?", "*", "+", "-" };

	private PartiqlLexer() {
	}

	/** The kind of a token. */
	enum Kind {

		/** A bare identifier or keyword, compared case-insensitively. */
		WORD,
		/** A double-quoted identifier, case-sensitive. */
		QUOTED,
		/** A single-quoted string literal. */
		STRING,
		/** A numeric literal. */
		NUMBER,
		/** Punctuation or an operator. */
		SYMBOL,
		/** The end of the statement. */
		END

	}

	/** One token and where it starts (0-based character offset). */
	record Token(Kind kind, String text, int position) {

		boolean is(String symbolOrKeyword) {
			return (this.kind == Kind.SYMBOL && this.text.equals(symbolOrKeyword))
					|| (this.kind == Kind.WORD && this.text.equalsIgnoreCase(symbolOrKeyword));
		}

	}

	/**
	 * The tokens of a statement, ending with {@link Kind#END}.
	 * @throws PartiqlSyntaxException when a character starts no token or a quote is not
	 * closed
	 */
	static List<Token> tokens(String statement) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < statement.length()) {
			char c = statement.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '\'' || c == '"') {
				int start = i;
				StringBuilder text = new StringBuilder();
				i++;
				while (true) {
					if (i >= statement.length()) {
						throw new PartiqlSyntaxException("Unterminated quoted text", start);
					}
					char d = statement.charAt(i);
					if (d == c) {
						if (i + 1 < statement.length() && statement.charAt(i + 1) == c) {
							text.append(c);
							i += 2;
							continue;
						}
						i++;
						break;
					}
					text.append(d);
					i++;
				}
				tokens.add(new Token((c == '\'') ? Kind.STRING : Kind.QUOTED, text.toString(), start));
			}
			else if (Character.isDigit(c)) {
				int start = i;
				while (i < statement.length() && (Character.isDigit(statement.charAt(i)) || statement.charAt(i) == '.'
						|| Character.toLowerCase(statement.charAt(i)) == 'e' || isExponentSign(statement, i))) {
					i++;
				}
				tokens.add(new Token(Kind.NUMBER, statement.substring(start, i), start));
			}
			else if (Character.isLetter(c) || c == '_' || c == '$') {
				int start = i;
				while (i < statement.length() && (Character.isLetterOrDigit(statement.charAt(i))
						|| statement.charAt(i) == '_' || statement.charAt(i) == '$')) {
					i++;
				}
				tokens.add(new Token(Kind.WORD, statement.substring(start, i), start));
			}
			else {
				i = symbol(statement, i, tokens);
			}
		}
		tokens.add(new Token(Kind.END, "", statement.length()));
		return tokens;
	}

	private static boolean isExponentSign(String statement, int i) {
		char c = statement.charAt(i);
		return (c == '+' || c == '-') && Character.toLowerCase(statement.charAt(i - 1)) == 'e';
	}

	private static int symbol(String statement, int i, List<Token> tokens) {
		for (String symbol : SYMBOLS) {
			if (statement.startsWith(symbol, i)) {
				tokens.add(new Token(Kind.SYMBOL, symbol, i));
				return i + symbol.length();
			}
		}
		throw new PartiqlSyntaxException("Unexpected character '" + statement.charAt(i) + "'", i);
	}

}
