package dev.ddbkit.mapping.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the property holding the item's expiry time: an {@link java.time.Instant} or a
 * {@code long}/{@link Long} of epoch seconds, stored as a Number of epoch seconds as
 * DynamoDB's time to live requires. The table's TTL setting must name the property's
 * attribute; expired items are deleted eventually and stay readable until then.
 * <p>
 * Source: DynamoDB Developer Guide, "Using time to live (TTL) in DynamoDB".
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.ANNOTATION_TYPE, ElementType.RECORD_COMPONENT })
public @interface TimeToLive {

}
