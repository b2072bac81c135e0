package dev.ddbkit.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Matches when the effective {@link DynamoProperties.Mode} is the given one: the
 * {@code ddb.mode} property when set, otherwise {@code embedded} if an active profile is
 * listed in {@code ddb.embedded-profiles} and {@code aws} in every other case, so that a
 * production environment never starts the in-memory engine by accident.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(OnDynamoModeCondition.class)
@interface ConditionalOnDynamoMode {

	/** The mode that must be in effect. */
	DynamoProperties.Mode value();

}
