package dev.ddbkit.autoconfigure;

import dev.ddbkit.autoconfigure.scan.WidgetConfiguration;
import dev.ddbkit.engine.DynamoEngine;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@code ddb.schema-action} {@code create} and {@code validate}.
 */
class DynamoSchemaActionUnitTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamoAutoConfiguration.class))
		.withUserConfiguration(WidgetConfiguration.class)
		.withPropertyValues("ddb.mode=embedded", "ddb.table-name=widgets");

	@Test
	void createCreatesTheTablesWithTheirIndexes() {
		this.runner.withPropertyValues("ddb.schema-action=create").run((context) -> {
			DynamoDbClient client = context.getBean(DynamoDbClient.class);
			assertThat(client.describeTable((request) -> request.tableName("widgets")).table().globalSecondaryIndexes())
				.hasSize(1);
		});
	}

	@Test
	void createFailsStartUpWhenATableAlreadyExists() {
		this.runner.withPropertyValues("ddb.schema-action=create")
			.withBean(DynamoEngine.class, () -> engineWith(ScalarAttributeType.S))
			.run((context) -> assertThat(context).getFailure().hasRootCauseInstanceOf(ResourceInUseException.class));
	}

	@Test
	void validateAcceptsTablesThatMatchTheEntities() {
		this.runner.withPropertyValues("ddb.schema-action=create-if-missing").run((created) -> {
			DynamoEngine engine = created.getBean(DynamoEngine.class);
			this.runner.withPropertyValues("ddb.schema-action=validate")
				.withBean(DynamoEngine.class, () -> engine)
				.run((context) -> assertThat(context).hasNotFailed());
		});
	}

	@Test
	void validateFailsStartUpNamingAMissingTableAndCreatesNothing() {
		this.runner.withPropertyValues("ddb.schema-action=validate").run((context) -> {
			assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(DynamoSchemaValidationException.class)
				.hasMessageContaining("Table 'widgets' does not exist");
			DynamoSchemaValidationException failure = (DynamoSchemaValidationException) rootCause(
					context.getStartupFailure());
			assertThat(failure.getMissingTables()).containsExactly("widgets");
		});
	}

	@Test
	void validateListsEveryDifferenceAtOnce() {
		this.runner.withPropertyValues("ddb.schema-action=validate")
			.withBean(DynamoEngine.class, () -> engineWith(ScalarAttributeType.N))
			.run((context) -> {
				DynamoSchemaValidationException failure = (DynamoSchemaValidationException) rootCause(
						context.getStartupFailure());
				assertThat(failure.getMissingTables()).isEmpty();
				assertThat(failure.getDifferences()).containsExactly(
						"Table 'widgets' has key schema [PK (HASH, S), SK (RANGE, N)] but the entities declare "
								+ "[PK (HASH, S), SK (RANGE, S)]",
						"Global secondary index 'GSI1' of table 'widgets' does not exist");
				assertThat(failure).hasMessageStartingWith("DynamoDB schema validation found 2 differences:");
			});
	}

	private static DynamoEngine engineWith(ScalarAttributeType sortKeyType) {
		DynamoEngine engine = DynamoEngine.create();
		engine.client().createTable(TestTables.keyedTable("widgets", sortKeyType));
		return engine;
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

}
