package dev.ddbkit.mapping.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks for strongly consistent reads in a derived repository method. Allowed on the table
 * and on local secondary indexes; a method that this annotation puts on a global
 * secondary index fails start-up, since DynamoDB rejects {@code ConsistentRead} there.
 * <p>
 * Source: DynamoDB Developer Guide, "DynamoDB read consistency".
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
public @interface ConsistentRead {

}
