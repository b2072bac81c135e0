package dev.ddbkit.it.backend;

import java.net.URI;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Real SDK clients for backends reached over HTTP.
 */
final class SdkClients {

	private SdkClients() {
	}

	/**
	 * A client for a local endpoint: url-connection HTTP client, us-east-1, dummy static
	 * credentials and no SDK retries, so every answer the suites see is the backend's
	 * first answer.
	 */
	static DynamoDbClient http(URI endpoint) {
		return http(endpoint, Region.US_EAST_1.id(), "dummy", "dummy");
	}

	static DynamoDbClient http(URI endpoint, String region, String accessKey, String secretKey) {
		return DynamoDbClient.builder()
			.endpointOverride(endpoint)
			.region(Region.of(region))
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
			.httpClient(UrlConnectionHttpClient.create())
			.overrideConfiguration((override) -> override.retryStrategy(DefaultRetryStrategy.doNotRetry()))
			.build();
	}

}
