/**
 * An application package with an entity and a repository, for scanning tests.
 */
@NullMarked
package dev.ddbkit.autoconfigure.scan;

import org.jspecify.annotations.NullMarked;
