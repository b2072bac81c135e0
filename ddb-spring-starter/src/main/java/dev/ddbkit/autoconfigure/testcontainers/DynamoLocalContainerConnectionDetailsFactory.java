package dev.ddbkit.autoconfigure.testcontainers;

import java.net.URI;

import dev.ddbkit.autoconfigure.DynamoConnectionDetails;
import org.testcontainers.containers.Container;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;

import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;

/**
 * {@link ContainerConnectionDetailsFactory} giving {@link DynamoConnectionDetails} for a
 * {@code @ServiceConnection} container of Amazon's {@value #IMAGE} image (any
 * {@code GenericContainer}): the endpoint on its port {@value #PORT}, region
 * {@value #REGION} and placeholder credentials, which DynamoDB Local accepts whatever
 * they are.
 *
 * @see <a href=
 * "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DynamoDBLocal.DownloadingAndRunning.html">Deploying
 * DynamoDB locally</a>
 */
final class DynamoLocalContainerConnectionDetailsFactory
		extends ContainerConnectionDetailsFactory<Container<?>, DynamoConnectionDetails> {

	/** The image name that the connection name is deduced from. */
	static final String IMAGE = "amazon/dynamodb-local";

	/** The port DynamoDB Local listens on in the container. */
	static final int PORT = 8000;

	/** The region the client signs for; DynamoDB Local keeps one database per region. */
	static final String REGION = "us-east-1";

	DynamoLocalContainerConnectionDetailsFactory() {
		super(IMAGE);
	}

	@Override
	protected DynamoConnectionDetails getContainerConnectionDetails(ContainerConnectionSource<Container<?>> source) {
		return new DynamoLocalConnectionDetails(source);
	}

	private static final class DynamoLocalConnectionDetails extends ContainerConnectionDetails<Container<?>>
			implements DynamoConnectionDetails {

		private DynamoLocalConnectionDetails(ContainerConnectionSource<Container<?>> source) {
			super(source);
		}

		@Override
		public URI getEndpoint() {
			return URI.create("http://" + getContainer().getHost() + ":" + getContainer().getMappedPort(PORT));
		}

		@Override
		public String getRegion() {
			return REGION;
		}

		@Override
		public AwsCredentials getCredentials() {
			return AwsBasicCredentials.create("ddbkit", "ddbkit");
		}

	}

}
