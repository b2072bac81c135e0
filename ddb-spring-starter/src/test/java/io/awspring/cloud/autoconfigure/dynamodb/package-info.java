/**
 * A stand-in for Spring Cloud AWS's DynamoDB auto-configuration, for ordering tests.
 */
@NullMarked
package io.awspring.cloud.autoconfigure.dynamodb;

import org.jspecify.annotations.NullMarked;
