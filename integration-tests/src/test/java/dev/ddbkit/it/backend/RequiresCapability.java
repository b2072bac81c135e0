package dev.ddbkit.it.backend;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a test (or every test of a class) only on backends that have all the given
 * capabilities; elsewhere it is reported as skipped with the missing capabilities as the
 * reason.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequiresCapability {

	/** The capabilities the test needs. */
	DynamoCapability[] value();

}
