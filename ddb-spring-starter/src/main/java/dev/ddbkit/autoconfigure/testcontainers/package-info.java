/**
 * {@code @ServiceConnection} support: {@code DynamoConnectionDetails} from LocalStack and
 * DynamoDB Local Testcontainers containers.
 */
@NullMarked
package dev.ddbkit.autoconfigure.testcontainers;

import org.jspecify.annotations.NullMarked;
