/**
 * Repository configuration: {@code @EnableDynamoRepositories} and its registrar.
 */
@NullMarked
package dev.ddbkit.mapping.repository.config;

import org.jspecify.annotations.NullMarked;
