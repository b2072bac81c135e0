package dev.ddbkit.autoconfigure.diagnostics;

import java.util.List;

import dev.ddbkit.autoconfigure.DynamoSchemaValidationException;
import dev.ddbkit.mapping.DynamoMappingException;
import dev.ddbkit.mapping.DynamoQueryMethodException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the failure analyzers: each names the problem and gives the fix.
 */
class DynamoFailureAnalyzersUnitTests {

	@Test
	void everyAnalyzerIsRegisteredInSpringFactories() {
		// Boot's own analyzers that need a bean factory are skipped here.
		List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, FailureHandler.handleMessage((message, failure) -> {
			}));
		assertThat(analyzers).hasAtLeastOneElementOfType(DynamoRegionOrCredentialsFailureAnalyzer.class)
			.hasAtLeastOneElementOfType(DynamoMissingTableFailureAnalyzer.class)
			.hasAtLeastOneElementOfType(DynamoSchemaValidationFailureAnalyzer.class)
			.hasAtLeastOneElementOfType(DynamoMappingFailureAnalyzer.class)
			.hasAtLeastOneElementOfType(DynamoQueryMethodFailureAnalyzer.class);
	}

	@Test
	void missingRegionSaysWhereToSetIt() {
		FailureAnalysis analysis = new DynamoRegionOrCredentialsFailureAnalyzer().analyze(wrapped(SdkClientException
			.create("Unable to load region from any of the providers in the chain DefaultAwsRegionProviderChain")));
		assertThat(analysis.getDescription()).contains("no AWS region").contains("Unable to load region");
		assertThat(analysis.getAction()).contains("Set ddb.region")
			.contains("AWS_REGION")
			.contains("ddb.mode=embedded");
	}

	@Test
	void missingCredentialsSaysWhereToSetThem() {
		FailureAnalysis analysis = new DynamoRegionOrCredentialsFailureAnalyzer().analyze(wrapped(SdkClientException
			.create("Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain")));
		assertThat(analysis.getDescription()).contains("no AWS credentials");
		assertThat(analysis.getAction()).contains("ddb.credentials.access-key")
			.contains("ddb.credentials.secret-key")
			.contains("AWS_ACCESS_KEY_ID");
	}

	@Test
	void otherSdkClientFailuresAreLeftToOtherAnalyzers() {
		assertThat(new DynamoRegionOrCredentialsFailureAnalyzer()
			.analyze(wrapped(SdkClientException.create("Unable to execute HTTP request")))).isNull();
	}

	@Test
	void missingTableSuggestsCreatingItOrTheSchemaAction() {
		ResourceNotFoundException failure = (ResourceNotFoundException) ResourceNotFoundException.builder()
			.awsErrorDetails(AwsErrorDetails.builder()
				.errorCode("ResourceNotFoundException")
				.errorMessage("Requested resource not found: Table: orders not found")
				.build())
			.build();
		FailureAnalysis analysis = new DynamoMissingTableFailureAnalyzer().analyze(wrapped(failure));
		assertThat(analysis.getDescription()).contains("does not exist").contains("Table: orders not found");
		assertThat(analysis.getAction()).contains("ddb.schema-action=create-if-missing").contains("ddb.table-name");
	}

	@Test
	void schemaValidationListsEveryDifferenceAndTheFix() {
		FailureAnalysis analysis = new DynamoSchemaValidationFailureAnalyzer()
			.analyze(wrapped(new DynamoSchemaValidationException(List.of("orders"), List
				.of("Table 'orders' does not exist", "Global secondary index 'GSI1' of table 'x' does not exist"))));
		assertThat(analysis.getDescription()).contains("\n - Table 'orders' does not exist")
			.contains("\n - Global secondary index 'GSI1' of table 'x' does not exist");
		assertThat(analysis.getAction()).contains("Create the missing tables [orders]")
			.contains("ddb.schema-action=create-if-missing");
		FailureAnalysis differencesOnly = new DynamoSchemaValidationFailureAnalyzer()
			.analyze(wrapped(new DynamoSchemaValidationException(List.of(), List.of("Table 'x' has key schema"))));
		assertThat(differencesOnly.getAction()).contains("never changes key schemas");
	}

	@Test
	void invalidEntityMappingListsEveryViolation() {
		FailureAnalysis analysis = new DynamoMappingFailureAnalyzer()
			.analyze(wrapped(new DynamoMappingException("Entity com.example.Order",
					List.of("template {customer} names no property", "no @PartitionKey"))));
		assertThat(analysis.getDescription()).contains("2 violations")
			.contains("\n - template {customer} names no property")
			.contains("\n - no @PartitionKey");
		assertThat(analysis.getAction()).contains("must name a property of the entity");
	}

	@Test
	void unservableRepositoryMethodGivesTheAccessPatternsAndTheWaysOut() {
		FailureAnalysis analysis = new DynamoQueryMethodFailureAnalyzer()
			.analyze(wrapped(new DynamoQueryMethodException(DynamoFailureAnalyzersUnitTests.class,
					List.of("findByTotal(BigDecimal): no key serves total"), "\n - table: PK=ORDER#{id}")));
		assertThat(analysis.getDescription()).contains("findByTotal(BigDecimal): no key serves total")
			.contains("PK=ORDER#{id}");
		assertThat(analysis.getAction()).contains("@IndexPartitionKey").contains("@AllowScan");
	}

	private static Throwable wrapped(Throwable cause) {
		return new BeanCreationException("dynamoTemplate", "start-up failed", cause);
	}

}
