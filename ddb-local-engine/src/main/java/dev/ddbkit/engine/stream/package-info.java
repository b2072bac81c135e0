/**
 * Change data capture: each table's stream of item changes (DynamoDB Streams), one shard
 * per stream, records in write order with the images the view type asks for.
 */
@NullMarked
package dev.ddbkit.engine.stream;

import org.jspecify.annotations.NullMarked;
