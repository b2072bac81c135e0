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
 * Source: DynamoDB Developer Guide, "Using Global Secondary Indexes in DynamoDB", "Take
 * advantage of sparse indexes", "Overloading Global Secondary Indexes".
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

}
