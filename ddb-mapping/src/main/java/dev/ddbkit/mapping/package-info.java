/**
 * The ddbkit mapping: single-table entities, the operations template and Spring Data
 * repositories for DynamoDB. This package holds the exceptions, each a Spring
 * {@link org.springframework.dao.DataAccessException}.
 */
@NullMarked
package dev.ddbkit.mapping;

import org.jspecify.annotations.NullMarked;
