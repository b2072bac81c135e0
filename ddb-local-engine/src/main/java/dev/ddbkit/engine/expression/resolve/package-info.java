/**
 * The second stage of the expression pipeline: replaces {@code #name} and {@code :value}
 * placeholders with ExpressionAttributeNames and ExpressionAttributeValues, rejects
 * reserved words, and checks functions, operand counts and types, and update paths,
 * reporting DynamoDB's message for the first problem in DynamoDB's order of checks.
 */
@NullMarked
package dev.ddbkit.engine.expression.resolve;

import org.jspecify.annotations.NullMarked;
