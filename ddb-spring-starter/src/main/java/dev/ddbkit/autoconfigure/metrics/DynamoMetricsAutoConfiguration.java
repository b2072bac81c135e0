package dev.ddbkit.autoconfigure.metrics;

import dev.ddbkit.autoconfigure.DynamoAutoConfiguration;
import dev.ddbkit.autoconfigure.DynamoClientInstrumentation;
import dev.ddbkit.autoconfigure.DynamoProperties;
import dev.ddbkit.mapping.observability.DynamoMetrics;
import dev.ddbkit.mapping.resilience.DynamoRetryListener;
import io.micrometer.core.instrument.MeterRegistry;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of ddbkit's Micrometer meters: a {@link DynamoMetrics} recording
 * into the application's {@link MeterRegistry}, and the instrumentation that the
 * auto-configured client gets beneath its retry layer.
 */
@AutoConfiguration(before = DynamoAutoConfiguration.class, afterName = {
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration" })
@ConditionalOnClass({ MeterRegistry.class, DynamoMetrics.class })
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnBooleanProperty(name = "ddb.metrics.enabled", matchIfMissing = true)
@EnableConfigurationProperties(DynamoProperties.class)
public final class DynamoMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	DynamoMetrics dynamoMetrics(MeterRegistry registry, DynamoProperties properties) {
		return DynamoMetrics.builder(registry)
			.requestConsumedCapacity(properties.getMetrics().isConsumedCapacity())
			.hotKeyCapacity(properties.getMetrics().getHotKeyCapacity())
			.build();
	}

	@Bean
	@ConditionalOnMissingBean
	DynamoClientInstrumentation dynamoClientInstrumentation(DynamoMetrics metrics) {
		return new MetricsInstrumentation(metrics);
	}

	private record MetricsInstrumentation(DynamoMetrics metrics) implements DynamoClientInstrumentation {

		@Override
		public DynamoDbClient instrument(DynamoDbClient client) {
			return this.metrics.instrument(client);
		}

		@Override
		public DynamoRetryListener retryListener() {
			return this.metrics.retryListener();
		}

	}

}
