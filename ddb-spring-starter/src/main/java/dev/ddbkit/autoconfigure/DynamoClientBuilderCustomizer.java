package dev.ddbkit.autoconfigure;

import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Callback that customizes the AWS SDK {@link DynamoDbClientBuilder} before the
 * auto-configured client is built in {@code aws} mode; applied in {@code @Order} after
 * the {@code ddb.*} properties.
 */
@FunctionalInterface
public interface DynamoClientBuilderCustomizer {

	/**
	 * Customize the builder.
	 * @param builder the builder, with region and endpoint already applied
	 */
	void customize(DynamoDbClientBuilder builder);

}
