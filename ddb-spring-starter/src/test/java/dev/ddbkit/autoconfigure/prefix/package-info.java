/**
 * An application package whose entity names its own table, for the table prefix tests.
 */
@NullMarked
package dev.ddbkit.autoconfigure.prefix;

import org.jspecify.annotations.NullMarked;
