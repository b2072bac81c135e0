package dev.ddbkit.autoconfigure.testcontainers;

import java.net.URI;

import dev.ddbkit.autoconfigure.DynamoConnectionDetails;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.testcontainers.containers.Container;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.localstack.LocalStackContainer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;
import org.springframework.boot.testcontainers.service.connection.DynamoTestContainerConnectionSources;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * Tests for the {@code @ServiceConnection} factories, without Docker: the containers are
 * mocks that answer as started ones would.
 */
class DynamoContainerConnectionDetailsFactoryUnitTests {

	@Test
	void bothFactoriesAreRegisteredInSpringFactories() {
		assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(ConnectionDetailsFactory.class))
			.hasAtLeastOneElementOfType(LocalStackDynamoContainerConnectionDetailsFactory.class)
			.hasAtLeastOneElementOfType(DynamoLocalContainerConnectionDetailsFactory.class);
	}

	@Test
	void localStackContainerGivesItsEndpointRegionAndCredentials() throws Exception {
		LocalStackContainer container = Mockito.mock(LocalStackContainer.class);
		given(container.getEndpoint()).willReturn(URI.create("http://127.0.0.1:32771"));
		given(container.getRegion()).willReturn("us-east-1");
		given(container.getAccessKey()).willReturn("test");
		given(container.getSecretKey()).willReturn("secret");
		ContainerConnectionSource<LocalStackContainer> source = DynamoTestContainerConnectionSources
			.of(LocalStackContainer.class, "localstack/localstack:4", () -> container);

		DynamoConnectionDetails details = initialized(
				new LocalStackDynamoContainerConnectionDetailsFactory().getConnectionDetails(source));

		assertThat(details.getEndpoint()).isEqualTo(URI.create("http://127.0.0.1:32771"));
		assertThat(details.getRegion()).isEqualTo("us-east-1");
		assertThat(details.getCredentials()).isEqualTo(AwsBasicCredentials.create("test", "secret"));
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	@Test
	void dynamoDbLocalContainerGivesTheMappedPortOfPort8000() throws Exception {
		GenericContainer container = Mockito.mock(GenericContainer.class);
		given(container.getHost()).willReturn("localhost");
		given(container.getMappedPort(8000)).willReturn(49153);
		ContainerConnectionSource<Container<?>> source = DynamoTestContainerConnectionSources
			.of((Class) GenericContainer.class, "amazon/dynamodb-local:2.5.4", () -> container);

		DynamoConnectionDetails details = initialized(
				new DynamoLocalContainerConnectionDetailsFactory().getConnectionDetails(source));

		assertThat(details.getEndpoint()).isEqualTo(URI.create("http://localhost:49153"));
		assertThat(details.getRegion()).isEqualTo("us-east-1");
		assertThat(details.getCredentials()).isNotNull();
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	@Test
	void aGenericContainerOfAnotherImageIsNotTakenForDynamoDbLocal() {
		GenericContainer container = Mockito.mock(GenericContainer.class);
		ContainerConnectionSource<Container<?>> source = DynamoTestContainerConnectionSources
			.of((Class) GenericContainer.class, "redis:7", () -> container);

		assertThat(new DynamoLocalContainerConnectionDetailsFactory().getConnectionDetails(source)).isNull();
	}

	private static DynamoConnectionDetails initialized(DynamoConnectionDetails details) throws Exception {
		assertThat(details).isNotNull();
		((InitializingBean) details).afterPropertiesSet();
		return details;
	}

}
