/**
 * A small application for the {@code @DynamoTest} slice's own tests.
 */
@NullMarked
package dev.ddbkit.autoconfigure.test.slice;

import org.jspecify.annotations.NullMarked;
