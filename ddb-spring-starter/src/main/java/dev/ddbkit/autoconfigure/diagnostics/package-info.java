/**
 * Failure analyzers that turn ddbkit's common start-up failures into a description and
 * the fix.
 */
@NullMarked
package dev.ddbkit.autoconfigure.diagnostics;

import org.jspecify.annotations.NullMarked;
