/**
 * Spring Data repository support for DynamoDB entities.
 */
@NullMarked
package dev.ddbkit.mapping.repository;

import org.jspecify.annotations.NullMarked;
