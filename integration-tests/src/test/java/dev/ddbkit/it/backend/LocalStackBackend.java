package dev.ddbkit.it.backend;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * LocalStack's DynamoDB in a Testcontainers container. Needs a reachable Docker engine;
 * without one the backend reports itself unavailable and every suite is skipped on it
 * with that reason.
 */
final class LocalStackBackend extends AbstractDynamoBackend {

	/** The image; override with {@code -Dddbkit.it.localstack.image=...}. */
	static final String IMAGE = System.getProperty("ddbkit.it.localstack.image", "localstack/localstack:4.4");

	private @Nullable LocalStackContainer container;

	private @Nullable String unavailableReason;

	private boolean probed;

	LocalStackBackend(Set<DynamoCapability> capabilities) {
		super("localstack", capabilities);
	}

	@Override
	public synchronized @Nullable String unavailableReason() {
		if (!this.probed) {
			this.probed = true;
			this.unavailableReason = dockerAvailable() ? null : "no Docker engine reachable";
		}
		return this.unavailableReason;
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	@Override
	DynamoDbClient doStart() {
		LocalStackContainer started = new LocalStackContainer(DockerImageName.parse(IMAGE)).withServices("dynamodb");
		started.start();
		this.container = started;
		return SdkClients.http(started.getEndpoint(), started.getRegion(), started.getAccessKey(),
				started.getSecretKey());
	}

	@Override
	void doStop(DynamoDbClient client) {
		client.close();
		LocalStackContainer started = this.container;
		if (started != null) {
			this.container = null;
			started.stop();
		}
	}

}
