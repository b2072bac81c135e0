/**
 * The immutable syntax tree of DynamoDB expressions: document paths, operands,
 * conditions, update actions and projections. The parser builds trees that still hold
 * {@code #name} and {@code :value} placeholders; the resolver replaces them with
 * attribute names and values before evaluation.
 */
@NullMarked
package dev.ddbkit.engine.expression.ast;

import org.jspecify.annotations.NullMarked;
