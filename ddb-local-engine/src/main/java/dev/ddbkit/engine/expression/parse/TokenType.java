package dev.ddbkit.engine.expression.parse;

/** The token types of DynamoDB expressions. */
enum TokenType {

	/**
	 * An identifier or keyword: a letter or underscore, then letters, digits,
	 * underscores.
	 */
	NAME,
	/**
	 * An expression attribute name placeholder: {@code #} and one or more word
	 * characters.
	 */
	NAME_REF,
	/**
	 * An expression attribute value placeholder: {@code :} and one or more word
	 * characters.
	 */
	VALUE_REF,
	/** Decimal digits, as in list indexes. */
	INTEGER, LPAREN, RPAREN, LBRACKET, RBRACKET, DOT, COMMA, EQ, NE, LT, LE, GT, GE, PLUS, MINUS,
	/** A character no token starts with. */
	INVALID, EOF

}
