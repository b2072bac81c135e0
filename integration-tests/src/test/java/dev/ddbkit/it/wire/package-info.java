/**
 * Wire compatibility: the engine's HTTP server driven by AWS's non-Java clients (boto3
 * and the AWS CLI from Debian's packages) as separate processes.
 */
@NullMarked
package dev.ddbkit.it.wire;

import org.jspecify.annotations.NullMarked;
