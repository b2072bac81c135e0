package dev.ddbkit.autoconfigure;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;

/**
 * {@link DynamoConnectionDetails} from {@code ddb.endpoint}, {@code ddb.region} and
 * {@code ddb.credentials.*}.
 */
final class PropertiesDynamoConnectionDetails implements DynamoConnectionDetails {

	private final DynamoProperties properties;

	PropertiesDynamoConnectionDetails(DynamoProperties properties) {
		this.properties = properties;
	}

	@Override
	public @Nullable URI getEndpoint() {
		return this.properties.getEndpoint();
	}

	@Override
	public @Nullable String getRegion() {
		return this.properties.getRegion();
	}

	@Override
	public @Nullable AwsCredentials getCredentials() {
		DynamoProperties.Credentials credentials = this.properties.getCredentials();
		if (credentials.getAccessKey() == null || credentials.getSecretKey() == null) {
			return null;
		}
		return AwsBasicCredentials.create(credentials.getAccessKey(), credentials.getSecretKey());
	}

}
