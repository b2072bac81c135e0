/**
 * Auto-configuration of ddbkit's Micrometer meters.
 */
@NullMarked
package dev.ddbkit.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;
