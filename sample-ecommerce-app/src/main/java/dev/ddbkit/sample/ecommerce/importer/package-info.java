/**
 * Loads the Olist CSV sample shipped in the jar into the table at start-up.
 */
@NullMarked
package dev.ddbkit.sample.ecommerce.importer;

import org.jspecify.annotations.NullMarked;
