/**
 * A small ddbkit application (one entity with a GSI, one repository) and a
 * {@code @DynamoTest} class over it, whose context start the
 * {@code probe.SliceStartupProbe} measures.
 */
@NullMarked
package dev.ddbkit.bench.slice;

import org.jspecify.annotations.NullMarked;
