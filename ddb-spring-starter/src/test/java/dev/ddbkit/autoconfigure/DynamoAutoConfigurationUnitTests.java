package dev.ddbkit.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import dev.ddbkit.autoconfigure.scan.Widget;
import dev.ddbkit.autoconfigure.scan.WidgetConfiguration;
import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.client.LocalDynamoDbClient;
import dev.ddbkit.mapping.core.DynamoOperations;
import dev.ddbkit.mapping.core.DynamoTemplate;
import dev.ddbkit.mapping.schema.DynamoMappingContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mockito;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DynamoAutoConfiguration}: which client each mode and profile gives,
 * the SDK client's settings, back-off from user beans, entity scanning and table
 * creation.
 */
@ExtendWith(OutputCaptureExtension.class)
class DynamoAutoConfigurationUnitTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamoAutoConfiguration.class));

	@Test
	void embeddedModeStartsTheEngineAndWarnsThatDataLivesInMemory(CapturedOutput output) {
		this.runner.withPropertyValues("ddb.mode=embedded").run((context) -> {
			assertThat(context).hasSingleBean(DynamoEngine.class);
			DynamoDbClient client = context.getBean(DynamoDbClient.class);
			client.createTable(TestTables.keyedTable("probe"));
			assertThat(context.getBean(DynamoEngine.class).client().listTables().tableNames()).containsExactly("probe");
			assertThat(output).contains("WARN").contains("EMBEDDED DynamoDB engine").contains("lives in memory");
		});
	}

	@Test
	void noModeAndNoActiveProfileGivesTheAwsClientNeverTheEngine() {
		this.runner.withPropertyValues("ddb.region=eu-west-1").run((context) -> {
			assertThat(context).doesNotHaveBean(DynamoEngine.class);
			assertThat(context.getBean(DynamoDbClient.class)).isNotInstanceOf(LocalDynamoDbClient.class);
		});
	}

	@Test
	void noModeWithADefaultEmbeddedProfileActiveGivesTheEngine() {
		for (String profile : new String[] { "local", "test", "offline" }) {
			this.runner.withInitializer((context) -> context.getEnvironment().setActiveProfiles("prod", profile))
				.run((context) -> assertThat(context).hasSingleBean(DynamoEngine.class));
		}
	}

	@Test
	void embeddedProfilesPropertyReplacesTheDefaultProfiles() {
		ApplicationContextRunner runner = this.runner.withPropertyValues("ddb.embedded-profiles=dev,ci",
				"ddb.region=eu-west-1");
		runner.withInitializer((context) -> context.getEnvironment().setActiveProfiles("ci"))
			.run((context) -> assertThat(context).hasSingleBean(DynamoEngine.class));
		runner.withInitializer((context) -> context.getEnvironment().setActiveProfiles("test"))
			.run((context) -> assertThat(context).doesNotHaveBean(DynamoEngine.class));
	}

	@Test
	void defaultProfilesNeverSelectTheEngine() {
		this.runner.withPropertyValues("ddb.region=eu-west-1")
			.withInitializer((context) -> context.getEnvironment().setDefaultProfiles("local"))
			.run((context) -> assertThat(context).doesNotHaveBean(DynamoEngine.class));
	}

	@Test
	void explicitAwsModeWinsOverAnActiveEmbeddedProfile() {
		this.runner.withPropertyValues("ddb.mode=aws", "ddb.region=eu-west-1")
			.withInitializer((context) -> context.getEnvironment().setActiveProfiles("test"))
			.run((context) -> {
				assertThat(context).doesNotHaveBean(DynamoEngine.class);
				assertThat(context.getBean(DynamoDbClient.class)).isNotInstanceOf(LocalDynamoDbClient.class);
			});
	}

	@Test
	void regionAndEndpointConfigureTheSdkClient() {
		this.runner.withPropertyValues("ddb.mode=aws", "ddb.region=sa-east-1", "ddb.endpoint=http://localhost:4566")
			.run((context) -> {
				DynamoDbClient client = context.getBean(DynamoDbClient.class);
				assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.SA_EAST_1);
				assertThat(client.serviceClientConfiguration().endpointOverride())
					.contains(URI.create("http://localhost:4566"));
			});
	}

	@Test
	void builderCustomizersApplyAfterTheProperties() {
		this.runner.withPropertyValues("ddb.mode=aws", "ddb.region=sa-east-1")
			.withBean(DynamoClientBuilderCustomizer.class,
					() -> (builder) -> builder.region(Region.EU_CENTRAL_1)
						.overrideConfiguration((override) -> override.apiCallTimeout(Duration.ofSeconds(7))))
			.run((context) -> {
				DynamoDbClient client = context.getBean(DynamoDbClient.class);
				assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.EU_CENTRAL_1);
				assertThat(client.serviceClientConfiguration().overrideConfiguration().apiCallTimeout())
					.contains(Duration.ofSeconds(7));
			});
	}

	@Test
	void anExistingDynamoDbClientBeanIsUsedInEveryMode() {
		DynamoDbClient existing = Mockito.mock(DynamoDbClient.class);
		for (String mode : new String[] { "embedded", "aws" }) {
			this.runner.withPropertyValues("ddb.mode=" + mode)
				.withBean(DynamoDbClient.class, () -> existing)
				.run((context) -> {
					assertThat(context).doesNotHaveBean(DynamoEngine.class);
					assertThat(context.getBean(DynamoDbClient.class)).isSameAs(existing);
					assertThat(context.getBean(DynamoTemplate.class)).isNotNull();
				});
		}
	}

	@Test
	void aSpringCloudAwsDynamoDbClientIsUsedEvenWhenItsAutoConfigurationIsListedAfterOurs() {
		for (String mode : new String[] { "embedded", "aws" }) {
			new ApplicationContextRunner()
				.withConfiguration(AutoConfigurations.of(DynamoAutoConfiguration.class,
						io.awspring.cloud.autoconfigure.dynamodb.DynamoDbAutoConfiguration.class))
				.withPropertyValues("ddb.mode=" + mode, "ddb.region=eu-west-1")
				.run((context) -> {
					assertThat(context).doesNotHaveBean(DynamoEngine.class);
					assertThat(context).getBean(DynamoDbClient.class)
						.isSameAs(io.awspring.cloud.autoconfigure.dynamodb.DynamoDbAutoConfiguration.LIBRARY_CLIENT);
				});
		}
	}

	@Test
	void templateBeanIsNamedDynamoTemplateAndBacksOffFromAUserOne() {
		this.runner.withPropertyValues("ddb.mode=embedded").run((context) -> {
			assertThat(context).hasSingleBean(DynamoOperations.class);
			assertThat(context.getBean("dynamoTemplate")).isInstanceOf(DynamoTemplate.class);
		});
		this.runner.withPropertyValues("ddb.mode=embedded")
			.withUserConfiguration(UserTemplateConfiguration.class)
			.run((context) -> {
				assertThat(context).hasSingleBean(DynamoOperations.class);
				assertThat(context.getBean(DynamoOperations.class))
					.isSameAs(context.getBean(UserTemplateConfiguration.class).template);
			});
	}

	@Test
	void mappingContextHoldsTheEntitiesOfTheAutoConfigurationPackages() {
		this.runner.withPropertyValues("ddb.mode=embedded")
			.withUserConfiguration(WidgetConfiguration.class)
			.run((context) -> assertThat(context.getBean(DynamoMappingContext.class).getPersistentEntities())
				.anySatisfy((entity) -> assertThat(entity.getType()).isEqualTo(Widget.class)));
		this.runner.withPropertyValues("ddb.mode=embedded")
			.run((context) -> assertThat(context.getBean(DynamoMappingContext.class).getPersistentEntities())
				.noneSatisfy((entity) -> assertThat(entity.getType()).isEqualTo(Widget.class)));
	}

	@Test
	void schemaInitializerCreatesTheTableNamedByPropertyWithItsIndexes() {
		this.runner.withPropertyValues("ddb.mode=embedded", "ddb.table-name=widgets")
			.withUserConfiguration(WidgetConfiguration.class)
			.run((context) -> {
				DynamoDbClient client = context.getBean(DynamoDbClient.class);
				assertThat(client.listTables().tableNames()).containsExactly("widgets");
				assertThat(client.describeTable((request) -> request.tableName("widgets"))
					.table()
					.globalSecondaryIndexes()).extracting(GlobalSecondaryIndexDescription::indexName)
					.containsExactly("GSI1");
			});
	}

	@Test
	void userMappingContextAndSchemaInitializerReplaceTheAutoConfiguredOnes() {
		DynamoMappingContext mappingContext = new DynamoMappingContext();
		DynamoSchemaInitializer initializer = Mockito.mock(DynamoSchemaInitializer.class);
		this.runner.withPropertyValues("ddb.mode=embedded")
			.withUserConfiguration(WidgetConfiguration.class)
			.withBean(DynamoMappingContext.class, () -> mappingContext)
			.withBean(DynamoSchemaInitializer.class, () -> initializer)
			.run((context) -> {
				assertThat(context).getBean(DynamoMappingContext.class).isSameAs(mappingContext);
				assertThat(context).getBean(DynamoSchemaInitializer.class).isSameAs(initializer);
				assertThat(context.getBean(DynamoDbClient.class).listTables().tableNames()).isEmpty();
			});
	}

	@Test
	void schemaActionNoneCreatesNothing() {
		this.runner.withPropertyValues("ddb.mode=embedded", "ddb.schema-action=none")
			.withUserConfiguration(WidgetConfiguration.class)
			.run((context) -> assertThat(context.getBean(DynamoDbClient.class).listTables().tableNames()).isEmpty());
	}

	@Test
	void schemaInitializerAddsAMissingIndexToAnExistingTableAndKeepsItsItems() {
		this.runner.withPropertyValues("ddb.mode=embedded", "ddb.table-name=widgets")
			.withUserConfiguration(WidgetConfiguration.class)
			.withBean(DynamoEngine.class, DynamoAutoConfigurationUnitTests::engineWithATableWithoutIndexes)
			.run((context) -> {
				DynamoDbClient client = context.getBean(DynamoDbClient.class);
				assertThat(client.describeTable((request) -> request.tableName("widgets"))
					.table()
					.globalSecondaryIndexes()).extracting(GlobalSecondaryIndexDescription::indexName)
					.containsExactly("GSI1");
				assertThat(client.scan((request) -> request.tableName("widgets")).items())
					.extracting((item) -> item.get("PK").s())
					.containsExactly("KEPT#1");
			});
	}

	private static DynamoEngine engineWithATableWithoutIndexes() {
		DynamoEngine engine = DynamoEngine.create();
		engine.client()
			.createTable((table) -> table.tableName("widgets")
				.billingMode(BillingMode.PAY_PER_REQUEST)
				.attributeDefinitions(stringAttribute("PK"), stringAttribute("SK"))
				.keySchema(KeySchemaElement.builder().attributeName("PK").keyType(KeyType.HASH).build(),
						KeySchemaElement.builder().attributeName("SK").keyType(KeyType.RANGE).build()));
		engine.client()
			.putItem((put) -> put.tableName("widgets")
				.item(Map.of("PK", AttributeValue.fromS("KEPT#1"), "SK", AttributeValue.fromS("KEPT"))));
		return engine;
	}

	private static AttributeDefinition stringAttribute(String name) {
		return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
	}

	@Configuration(proxyBeanMethods = false)
	static class UserTemplateConfiguration {

		final DynamoOperations template = Mockito.mock(DynamoOperations.class);

		@Bean
		DynamoOperations myOperations() {
			return this.template;
		}

	}

}
