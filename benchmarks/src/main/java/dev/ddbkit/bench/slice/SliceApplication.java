package dev.ddbkit.bench.slice;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application the {@link SliceSubject} slice finds by searching up its package, as a
 * {@code @DynamoTest} finds the application of the code it tests; its package is where
 * the slice looks for entities and repositories.
 */
@SpringBootApplication
public class SliceApplication {

}
