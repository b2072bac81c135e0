package dev.ddbkit.mapping.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The template of a secondary index's sort key for this entity, e.g.
 * {@code @IndexSortKey(index = "GSI1", value = "{purchasedAt}#{orderId}")}. The rendered
 * value is stored in the index's sort key attribute ({@code <index>SK} unless
 * {@link #attribute()} names another). An index that has an {@code IndexSortKey} but no
 * {@link IndexPartitionKey} is a local secondary index: it shares the table's partition
 * key.
 * <p>
 * Source: DynamoDB Developer Guide, "Using Global Secondary Indexes in DynamoDB", "Local
 * secondary indexes".
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(IndexSortKeys.class)
public @interface IndexSortKey {

	/** The index name, e.g. {@code "GSI1"}. */
	String index();

	/** The key template, e.g. {@code "{purchasedAt}#{orderId}"}. */
	String value();

	/** The attribute holding the rendered key; empty for {@code <index>SK}. */
	String attribute() default "";

}
