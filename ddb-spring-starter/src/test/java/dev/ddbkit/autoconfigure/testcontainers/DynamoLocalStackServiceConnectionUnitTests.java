package dev.ddbkit.autoconfigure.testcontainers;

import dev.ddbkit.autoconfigure.DynamoAutoConfiguration;
import dev.ddbkit.autoconfigure.DynamoConnectionDetails;
import dev.ddbkit.autoconfigure.DynamoRepositoriesAutoConfiguration;
import dev.ddbkit.autoconfigure.scan.Widget;
import dev.ddbkit.autoconfigure.scan.WidgetConfiguration;
import dev.ddbkit.autoconfigure.scan.WidgetRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.localstack.LocalStackContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @ServiceConnection} on a real LocalStack container bean wires the repositories
 * with no {@code ddb.*} connection property. Needs Docker: skipped, with the reason, when
 * no Docker engine is reachable.
 */
@SpringBootTest(classes = DynamoLocalStackServiceConnectionUnitTests.TestApplication.class, properties = "ddb.mode=aws")
@EnabledIf(value = "dockerAvailable", disabledReason = "LocalStack skipped: no Docker engine is reachable")
class DynamoLocalStackServiceConnectionUnitTests {

	@Autowired
	private WidgetRepository widgets;

	@Autowired
	private DynamoConnectionDetails connectionDetails;

	@Autowired
	private LocalStackContainer localStack;

	// Evaluated before the context, and so the container bean, is created.
	static boolean dockerAvailable() {
		return DockerClientFactory.instance().isDockerAvailable();
	}

	@Test
	void repositoriesWorkAgainstLocalStackWithoutConnectionProperties() {
		this.widgets.save(new Widget("w1", "red"));

		assertThat(this.connectionDetails.getEndpoint()).isEqualTo(this.localStack.getEndpoint());
		assertThat(this.widgets.findByColor("red")).extracting(Widget::getId).containsExactly("w1");
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ ServiceConnectionAutoConfiguration.class, DynamoAutoConfiguration.class,
			DynamoRepositoriesAutoConfiguration.class })
	@Import(WidgetConfiguration.class)
	static class TestApplication {

		@Bean
		@ServiceConnection
		LocalStackContainer localStack() {
			return new LocalStackContainer("localstack/localstack:4.4");
		}

	}

}
