package dev.ddbkit.autoconfigure.testcontainers;

import java.net.URI;

import dev.ddbkit.autoconfigure.DynamoConnectionDetails;
import org.testcontainers.localstack.LocalStackContainer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;

import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;

/**
 * {@link ContainerConnectionDetailsFactory} giving {@link DynamoConnectionDetails} (edge
 * endpoint, region and the container's credentials) for a {@code @ServiceConnection}
 * {@link LocalStackContainer}.
 *
 * @see <a href="https://docs.localstack.cloud/aws/services/dynamodb/">LocalStack:
 * DynamoDB</a>
 */
final class LocalStackDynamoContainerConnectionDetailsFactory
		extends ContainerConnectionDetailsFactory<LocalStackContainer, DynamoConnectionDetails> {

	LocalStackDynamoContainerConnectionDetailsFactory() {
		super(ANY_CONNECTION_NAME, "org.testcontainers.localstack.LocalStackContainer");
	}

	@Override
	protected DynamoConnectionDetails getContainerConnectionDetails(
			ContainerConnectionSource<LocalStackContainer> source) {
		return new LocalStackDynamoConnectionDetails(source);
	}

	private static final class LocalStackDynamoConnectionDetails extends ContainerConnectionDetails<LocalStackContainer>
			implements DynamoConnectionDetails {

		private LocalStackDynamoConnectionDetails(ContainerConnectionSource<LocalStackContainer> source) {
			super(source);
		}

		@Override
		public URI getEndpoint() {
			return getContainer().getEndpoint();
		}

		@Override
		public String getRegion() {
			return getContainer().getRegion();
		}

		@Override
		public AwsCredentials getCredentials() {
			return AwsBasicCredentials.create(getContainer().getAccessKey(), getContainer().getSecretKey());
		}

	}

}
