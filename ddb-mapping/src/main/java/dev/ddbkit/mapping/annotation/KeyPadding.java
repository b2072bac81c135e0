package dev.ddbkit.mapping.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Renders an integer property zero-padded to a fixed width inside key templates, so that
 * keys sort numerically: {@code ITEM#{line}} with {@code @KeyPadding(4)} gives
 * {@code ITEM#0002} before {@code ITEM#0010}. Negative values and values wider than the
 * width are rejected, since they would break the order. The attribute holding the
 * property itself stays a Number.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.ANNOTATION_TYPE, ElementType.RECORD_COMPONENT })
public @interface KeyPadding {

	/** The number of digits, e.g. {@code 4} for {@code 0002}. */
	int value();

}
