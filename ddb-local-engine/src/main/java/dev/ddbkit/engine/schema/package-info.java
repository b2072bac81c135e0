/**
 * Table definitions: key schemas, secondary indexes, projections and billing modes, as
 * CreateTable declares them.
 */
@NullMarked
package dev.ddbkit.engine.schema;

import org.jspecify.annotations.NullMarked;
