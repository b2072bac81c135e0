package dev.ddbkit.autoconfigure;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsCredentials;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Details for connecting the SDK client to DynamoDB or a compatible service (LocalStack,
 * DynamoDB Local, the engine over HTTP). Defined from the {@code ddb.*} properties unless
 * another bean, such as one from a {@code @ServiceConnection} container, provides it.
 * Every part is optional: the SDK's default region and credentials chains and the
 * regional endpoint apply to what is {@code null}.
 */
public interface DynamoConnectionDetails extends ConnectionDetails {

	/**
	 * The endpoint that replaces the regional one.
	 * @return the endpoint, or {@code null} for the region's DynamoDB endpoint
	 */
	@Nullable URI getEndpoint();

	/**
	 * The AWS region, for example {@code eu-west-1}.
	 * @return the region, or {@code null} for the SDK's default region chain
	 */
	@Nullable String getRegion();

	/**
	 * Static credentials.
	 * @return the credentials, or {@code null} for the SDK's default credentials chain
	 */
	default @Nullable AwsCredentials getCredentials() {
		return null;
	}

}
