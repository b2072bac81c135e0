/**
 * DynamoDB's expression languages for the engine: one
 * {@link dev.ddbkit.engine.expression.ExpressionCompiler} per request compiles its
 * ConditionExpression, FilterExpression, KeyConditionExpression, UpdateExpression and
 * ProjectionExpression into {@link dev.ddbkit.engine.expression.DynamoCondition},
 * {@link dev.ddbkit.engine.expression.KeyCondition},
 * {@link dev.ddbkit.engine.expression.DynamoUpdate} and
 * {@link dev.ddbkit.engine.expression.DynamoProjection}. The pipeline: lex and parse
 * ({@code .parse}) to a syntax tree ({@code .ast}), resolve placeholders
 * ({@code .resolve}), evaluate ({@code .eval}). Depends only on
 * {@code dev.ddbkit.engine.value} and {@code dev.ddbkit.engine.error}.
 */
@NullMarked
package dev.ddbkit.engine.expression;

import org.jspecify.annotations.NullMarked;
