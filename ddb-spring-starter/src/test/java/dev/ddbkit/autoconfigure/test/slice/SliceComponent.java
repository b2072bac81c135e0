package dev.ddbkit.autoconfigure.test.slice;

import org.springframework.stereotype.Component;

/**
 * A web-tier-like component that {@code @DynamoTest} must leave out.
 */
@Component
public class SliceComponent {

}
