package dev.ddbkit.engine.expression.parse;

/**
 * A token of expression text with its position, for syntax-error messages.
 *
 * @param type the token type
 * @param text the text as written
 * @param start offset of the first character
 * @param end offset after the last character
 */
record Token(TokenType type, String text, int start, int end) {

	boolean is(TokenType expected) {
		return this.type == expected;
	}

	/** Whether this is the keyword, case-insensitive (keywords are NAME tokens). */
	boolean isKeyword(String keyword) {
		return this.type == TokenType.NAME && this.text.equalsIgnoreCase(keyword);
	}

	/** The token as DynamoDB quotes it in "Syntax error; token: ...". */
	String display() {
		return (this.type == TokenType.EOF) ? "<EOF>" : this.text;
	}

}
