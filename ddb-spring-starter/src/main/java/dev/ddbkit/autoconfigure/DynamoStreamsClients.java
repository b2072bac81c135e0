package dev.ddbkit.autoconfigure;

import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbServiceClientConfiguration;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClientBuilder;

/**
 * Builds the DynamoDB Streams client of {@code aws} mode from the resolved configuration
 * of the {@link DynamoDbClient}, so that whatever set up that client (the {@code ddb.*}
 * properties, a {@code DynamoConnectionDetails} bean,
 * {@code DynamoClientBuilderCustomizer}s or another library) also sets up the streams
 * client.
 */
final class DynamoStreamsClients {

	private DynamoStreamsClients() {
	}

	/**
	 * A streams client with the region, endpoint override, credentials provider and call
	 * timeouts of {@code client}; the SDK's own retries stay on, as ddbkit's retry layer
	 * wraps only the {@code DynamoDbClient}.
	 * @param client the configured DynamoDB client
	 * @return a new streams client
	 * @throws IllegalStateException when the client exposes no configuration (a test
	 * double, for example)
	 */
	static DynamoDbStreamsClient withConnectionOf(DynamoDbClient client) {
		DynamoDbServiceClientConfiguration configuration = client.serviceClientConfiguration();
		if (configuration == null) {
			throw new IllegalStateException("The DynamoDbClient bean exposes no serviceClientConfiguration() to "
					+ "build a DynamoDbStreamsClient from: define a DynamoDbStreamsClient bean");
		}
		DynamoDbStreamsClientBuilder builder = DynamoDbStreamsClient.builder()
			.httpClientBuilder(Apache5HttpClient.builder())
			.region(configuration.region())
			.credentialsProvider(configuration.credentialsProvider());
		configuration.endpointOverride().ifPresent(builder::endpointOverride);
		ClientOverrideConfiguration override = configuration.overrideConfiguration();
		if (override != null) {
			builder.overrideConfiguration((streams) -> {
				override.apiCallTimeout().ifPresent(streams::apiCallTimeout);
				override.apiCallAttemptTimeout().ifPresent(streams::apiCallAttemptTimeout);
				streams.headers(override.headers());
			});
		}
		return builder.build();
	}

}
