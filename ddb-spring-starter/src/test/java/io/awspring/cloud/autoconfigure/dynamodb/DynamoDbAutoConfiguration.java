package io.awspring.cloud.autoconfigure.dynamodb;

import org.mockito.Mockito;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Stands in for Spring Cloud AWS's auto-configuration of the same name (not on the test
 * classpath): it defines a {@link DynamoDbClient} only when none exists yet, as the real
 * one does, so that ddbkit's ordering after it decides whose client wins.
 */
@AutoConfiguration
public class DynamoDbAutoConfiguration {

	/** The library's client, so that the test can tell the clients apart. */
	public static final DynamoDbClient LIBRARY_CLIENT = Mockito.mock(DynamoDbClient.class);

	@Bean
	@ConditionalOnMissingBean
	DynamoDbClient dynamoDbClient() {
		return LIBRARY_CLIENT;
	}

}
