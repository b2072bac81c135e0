package dev.ddbkit.mapping.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The template of a global secondary index's partition key for this entity, e.g.
 * {@code @IndexPartitionKey(index = "GSI1", value = "STATUS#{status}")}. The rendered
 * value is stored in the index's partition key attribute ({@code <index>PK} unless
 * {@link #attribute()} names another). When a variable of the template is {@code null}
 * the attribute is left out and the item is absent from the index (a sparse index).
 * <p>
 * With {@link #shards()} {@code = N > 1} the rendered value gets the suffix {@code #} +
 * shard (CRC32 of the item's rendered unsharded table partition key followed by its sort
 * key, UTF-8, modulo N), e.g. {@code STATUS#delivered#7}, so that a low-cardinality index
 * key does not become a hot partition; queries on the index read all N shards and merge
 * them by the index sort key.
 * <p>
 * Source: DynamoDB Developer Guide, "Using Global Secondary Indexes in DynamoDB", "Take
 * advantage of sparse indexes", "Overloading Global Secondary Indexes", "Using write
 * sharding to distribute workloads evenly".
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(IndexPartitionKeys.class)
public @interface IndexPartitionKey {

	/** The index name, e.g. {@code "GSI1"}. */
	String index();

	/** The key template, e.g. {@code "STATUS#{status}"}. */
	String value();

	/** The attribute holding the rendered key; empty for {@code <index>PK}. */
	String attribute() default "";

	/**
	 * The number of shards, 1 (the default) for an unsharded key; 1 to
	 * {@value dev.ddbkit.mapping.schema.KeyTemplate#MAX_SHARDS}.
	 */
	int shards() default 1;

}
