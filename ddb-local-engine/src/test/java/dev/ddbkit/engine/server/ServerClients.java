package dev.ddbkit.engine.server;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The SDK client the server tests use: the real HTTP stack against the server's endpoint,
 * dummy credentials, no retries (a test sees every error as the server answered it).
 */
final class ServerClients {

	private ServerClients() {
	}

	static DynamoDbClient dynamoDb(DynamoHttpServer server) {
		return DynamoDbClient.builder()
			.endpointOverride(server.endpoint())
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("key", "secret")))
			.httpClient(UrlConnectionHttpClient.create())
			.overrideConfiguration((config) -> config.retryPolicy(RetryPolicy.none()))
			.build();
	}

}
