package dev.ddbkit.mapping.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The template of the table's sort key for this entity, e.g.
 * {@code "ORDER#{orderDate}#{orderId}"} or a constant such as {@code "PROFILE"}.
 * Variables may be queried from the left: a derived query may bind a leading run of
 * variables and get a {@code begins_with} on the rendered prefix, which always ends on a
 * separator.
 * <p>
 * Source: DynamoDB Developer Guide, "Best practices for using sort keys to organize
 * data".
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SortKey {

	/** The key template, e.g. {@code "ORDER#{orderDate}#{orderId}"}. */
	String value();

}
