package dev.ddbkit.autoconfigure.actuate;

import dev.ddbkit.autoconfigure.DynamoAutoConfiguration;
import dev.ddbkit.mapping.schema.DynamoMappingContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of the {@link DynamoHealthIndicator} for the tables the entities
 * declare; off with {@code management.health.ddb.enabled=false}.
 */
@AutoConfiguration(after = DynamoAutoConfiguration.class)
@ConditionalOnClass({ HealthIndicator.class, DynamoMappingContext.class })
@ConditionalOnBean({ DynamoDbClient.class, DynamoMappingContext.class })
@ConditionalOnEnabledHealthIndicator("ddb")
public final class DynamoHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "ddbHealthIndicator")
	DynamoHealthIndicator ddbHealthIndicator(DynamoDbClient client, DynamoMappingContext mappingContext) {
		return new DynamoHealthIndicator(client,
				mappingContext.createTableRequests().stream().map(CreateTableRequest::tableName).toList());
	}

}
