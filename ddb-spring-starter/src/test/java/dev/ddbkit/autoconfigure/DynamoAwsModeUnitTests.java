package dev.ddbkit.autoconfigure;

import java.io.IOException;

import dev.ddbkit.autoconfigure.scan.Widget;
import dev.ddbkit.autoconfigure.scan.WidgetConfiguration;
import dev.ddbkit.autoconfigure.scan.WidgetRepository;
import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.server.DynamoHttpServer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code aws} mode end to end: the auto-configured SDK client (URL connection HTTP
 * client, region and endpoint from {@code ddb.*}) creates the tables and serves a
 * repository over DynamoDB's HTTP API, answered here by the engine on a loopback port
 * instead of AWS.
 */
class DynamoAwsModeUnitTests {

	@Test
	void sdkClientCreatesTheTablesAndServesRepositoriesOverHttpAtTheConfiguredEndpoint() throws IOException {
		try (DynamoEngine engine = DynamoEngine.create(); DynamoHttpServer server = DynamoHttpServer.start(engine, 0)) {
			new ApplicationContextRunner()
				.withConfiguration(
						AutoConfigurations.of(DynamoAutoConfiguration.class, DynamoRepositoriesAutoConfiguration.class))
				.withUserConfiguration(WidgetConfiguration.class)
				.withPropertyValues("ddb.mode=aws", "ddb.region=eu-west-1", "ddb.endpoint=" + server.endpoint(),
						"ddb.table-name=widgets")
				.withBean(DynamoClientBuilderCustomizer.class,
						() -> (builder) -> builder.credentialsProvider(
								StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"))))
				.run((context) -> {
					assertThat(context).doesNotHaveBean(DynamoEngine.class);
					WidgetRepository widgets = context.getBean(WidgetRepository.class);
					widgets.save(new Widget("w1", "green"));

					assertThat(engine.client().listTables().tableNames()).containsExactly("widgets");
					assertThat(widgets.findByColor("green")).extracting(Widget::getId).containsExactly("w1");
				});
		}
	}

}
