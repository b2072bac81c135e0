/**
 * Actuator support: the {@code ddb} health indicator and the {@code ddb} endpoint.
 */
@NullMarked
package dev.ddbkit.autoconfigure.actuate;

import org.jspecify.annotations.NullMarked;
