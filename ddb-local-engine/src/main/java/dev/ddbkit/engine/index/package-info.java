/**
 * Secondary index maintenance: keeps every GSI and LSI in step with its base table.
 */
@NullMarked
package dev.ddbkit.engine.index;

import org.jspecify.annotations.NullMarked;
