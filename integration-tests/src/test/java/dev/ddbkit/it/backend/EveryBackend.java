package dev.ddbkit.it.backend;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class once per selected backend. The class receives the backend
 * through a constructor or method parameter of type {@link DynamoBackend} (or directly a
 * {@code DynamoDbClient}); a backend that cannot run here skips the whole class with its
 * reason.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ClassTemplate
@ExtendWith(DynamoBackendExtension.class)
public @interface EveryBackend {

}
