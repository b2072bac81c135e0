/**
 * Entities to DynamoDB items and back: the converter, sort-safe value forms and the
 * Enhanced Client table schema.
 */
@NullMarked
package dev.ddbkit.mapping.convert;

import org.jspecify.annotations.NullMarked;
