/**
 * Compiled, immutable entity metadata: the mapping context, key templates, entity and
 * index schemas, and their verification at start-up.
 */
@NullMarked
package dev.ddbkit.mapping.schema;

import org.jspecify.annotations.NullMarked;
