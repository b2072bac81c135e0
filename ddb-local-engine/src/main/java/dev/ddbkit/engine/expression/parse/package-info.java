/**
 * The front end of the expression pipeline: a hand-written lexer and a recursive-descent
 * parser (one method per grammar rule) from expression text to the syntax tree of
 * {@link dev.ddbkit.engine.expression.ast}, with DynamoDB's syntax-error messages, its
 * size and operator limits, and its list of reserved words.
 */
@NullMarked
package dev.ddbkit.engine.expression.parse;

import org.jspecify.annotations.NullMarked;
