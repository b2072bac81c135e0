/**
 * The test domain of the mapping and repository suites: a billing model with key
 * templates on a table, two GSIs and an LSI, versions, a sealed item collection and
 * readings whose sort keys take tricky prefixes.
 */
@NullMarked
package dev.ddbkit.it.mapping.domain;

import org.jspecify.annotations.NullMarked;
