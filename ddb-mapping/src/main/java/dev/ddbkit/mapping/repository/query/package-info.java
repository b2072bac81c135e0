/**
 * Derived query methods: parsed once at start-up with {@code PartTree}, planned onto the
 * table or one index.
 */
@NullMarked
package dev.ddbkit.mapping.repository.query;

import org.jspecify.annotations.NullMarked;
