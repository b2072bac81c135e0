package dev.ddbkit.autoconfigure.actuate;

import dev.ddbkit.autoconfigure.DynamoAutoConfiguration;
import dev.ddbkit.autoconfigure.metrics.DynamoMetricsAutoConfiguration;
import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.mapping.observability.DynamoMetrics;
import dev.ddbkit.mapping.schema.DynamoMappingContext;
import io.micrometer.core.instrument.MeterRegistry;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of the {@link DynamoEndpoint}, available when exposed (for example
 * {@code management.endpoints.web.exposure.include=ddb}).
 */
@AutoConfiguration(after = { DynamoAutoConfiguration.class, DynamoMetricsAutoConfiguration.class })
@ConditionalOnClass({ Endpoint.class, DynamoMappingContext.class })
@ConditionalOnBean({ DynamoDbClient.class, DynamoMappingContext.class })
@ConditionalOnAvailableEndpoint(DynamoEndpoint.class)
public final class DynamoEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	DynamoEndpoint dynamoEndpoint(DynamoDbClient client, DynamoMappingContext mappingContext,
			ObjectProvider<DynamoTableUsage.Source> usage, ObjectProvider<DynamoEngine> engine) {
		return new DynamoEndpoint(client, mappingContext, usage.getIfAvailable(), engine.getIfAvailable());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	@ConditionalOnBean({ MeterRegistry.class, DynamoMetrics.class })
	static class MicrometerUsageConfiguration {

		@Bean
		@ConditionalOnMissingBean
		DynamoTableUsage.Source dynamoTableUsageSource(MeterRegistry registry, DynamoMetrics metrics) {
			return new MicrometerDynamoTableUsageSource(registry, metrics);
		}

	}

}
