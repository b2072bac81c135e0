/**
 * DynamoDB's JSON 1.0 protocol on a loopback port, on top of the in-process client.
 */
@NullMarked
package dev.ddbkit.engine.server;

import org.jspecify.annotations.NullMarked;
