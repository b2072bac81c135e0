/**
 * DynamoDB's PartiQL API (ExecuteStatement, BatchExecuteStatement, ExecuteTransaction;
 * DynamoDB Developer Guide, "PartiQL - a SQL-compatible query language for Amazon
 * DynamoDB"): a hand-written lexer and parser turn a statement into a small syntax tree,
 * which {@link dev.ddbkit.engine.partiql.DynamoPartiql} translates into the engine's
 * Query, Scan, PutItem, UpdateItem, DeleteItem and TransactWriteItems operations with
 * generated expression text, so conditions, updates and projections are evaluated by
 * {@code dev.ddbkit.engine.expression}.
 */
@NullMarked
package dev.ddbkit.engine.partiql;

import org.jspecify.annotations.NullMarked;
