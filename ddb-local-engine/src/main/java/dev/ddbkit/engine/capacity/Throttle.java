package dev.ddbkit.engine.capacity;

/**
 * One {@code ThrottlingReason} of a throttled request: why, and the ARN of the table or
 * index that was throttled (API Reference, "ThrottlingReason": {@code reason},
 * {@code resource}).
 *
 * @param reason the reason
 * @param resourceArn e.g. {@code arn:aws:dynamodb:us-east-1:000000000000:table/Orders} or
 * {@code .../table/Orders/index/GSI1}
 */
public record Throttle(ThrottlingReason reason, String resourceArn) {

}
