/**
 * The store query model: queries, key conditions compiled from key templates, pages and
 * cursors.
 */
@NullMarked
package dev.ddbkit.mapping.query;

import org.jspecify.annotations.NullMarked;
