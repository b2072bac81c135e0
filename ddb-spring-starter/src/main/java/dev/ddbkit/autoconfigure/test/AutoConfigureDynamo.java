package dev.ddbkit.autoconfigure.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Imports the auto-configurations of {@link DynamoTest @DynamoTest}, listed in
 * {@code META-INF/spring/dev.ddbkit.autoconfigure.test.AutoConfigureDynamo.imports}: the
 * ddbkit auto-configurations and the {@link DynamoTestClock} of the embedded engine.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
public @interface AutoConfigureDynamo {

}
