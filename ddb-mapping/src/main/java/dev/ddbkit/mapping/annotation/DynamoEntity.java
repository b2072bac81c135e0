package dev.ddbkit.mapping.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class or record as an entity stored in a DynamoDB table. Several entity types
 * may share one table (single-table design); each item carries the entity-type attribute
 * so that a page of mixed items can be decoded to the right types.
 * <p>
 * The table keys come from {@link PartitionKey} and {@link SortKey} templates on the
 * type, the index keys from {@link IndexPartitionKey} and {@link IndexSortKey}.
 * <p>
 * Source: DynamoDB Developer Guide, "Best practices for designing and architecting with
 * DynamoDB" (single-table design, overloaded indexes).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DynamoEntity {

	/**
	 * The value of the entity-type attribute for items of this type; defaults to the
	 * simple class name.
	 */
	String type() default "";

	/**
	 * The logical name of the table the entity lives in; empty for the application's
	 * default table.
	 */
	String table() default "";

}
