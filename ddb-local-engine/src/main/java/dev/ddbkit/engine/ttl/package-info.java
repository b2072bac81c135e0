/**
 * Time to Live: the sweeper that deletes expired items on the engine's clock.
 */
@NullMarked
package dev.ddbkit.engine.ttl;

import org.jspecify.annotations.NullMarked;
