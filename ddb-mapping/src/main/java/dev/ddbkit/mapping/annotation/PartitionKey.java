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
 * Source: DynamoDB Developer Guide, "Best practices for designing and using partition
 * keys effectively".
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PartitionKey {

	/** The key template, e.g. {@code "CUSTOMER#{customerId}"}. */
	String value();

}
