/**
 * Spring Boot auto-configuration for ddbkit: a {@code DynamoDbClient} (the embedded
 * engine or the AWS SDK client), the mapping context fed by {@code @DynamoEntity}
 * scanning, the {@code dynamoTemplate}, table creation from entity metadata and Spring
 * Data repositories, all bound from {@code ddb.*} properties.
 */
@NullMarked
package dev.ddbkit.autoconfigure;

import org.jspecify.annotations.NullMarked;
