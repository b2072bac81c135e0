/**
 * Conformance suites: case files under {@code src/test/resources/conformance} run on the
 * engine in process and on DynamoDB Local embedded, and every answer must be identical
 * unless the case is an allow-listed known difference.
 */
@NullMarked
package dev.ddbkit.it.conformance;

import org.jspecify.annotations.NullMarked;
