package dev.ddbkit.mapping.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The template of the table's partition key for this entity, e.g.
 * {@code "CUSTOMER#{customerId}"}. Literal text and {@code {property}} variables; each
 * variable names a property of the entity, rendered with its sort-safe string form. The
 * rendered value is stored in the table's partition key attribute.
 * <p>
 * With {@link #shards()} {@code = N > 1} the key is written sharded: the rendered value
 * gets the suffix {@code #} + shard, shard = CRC32 of the item's rendered (unsharded)
 * partition key followed by its sort key, UTF-8, modulo N, e.g. {@code COUNTER#hits#7}.
 * Writes of one hot logical key are spread over N partition keys; queries on it read all
 * N and merge them by sort key.
 * <p>
 * Source: DynamoDB Developer Guide, "Best practices for designing and using partition
 * keys effectively", "Using write sharding to distribute workloads evenly".
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PartitionKey {

	/** The key template, e.g. {@code "CUSTOMER#{customerId}"}. */
	String value();

	/**
	 * The number of shards, 1 (the default) for an unsharded key; 1 to
	 * {@value dev.ddbkit.mapping.schema.KeyTemplate#MAX_SHARDS}.
	 */
	int shards() default 1;

}
