/**
 * The {@code @DynamoTest} test slice: the data layer alone on a fresh embedded engine
 * with a manual clock.
 */
@NullMarked
package dev.ddbkit.autoconfigure.test;

import org.jspecify.annotations.NullMarked;
