package dev.ddbkit.autoconfigure;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.core.DynamoOperations;
import dev.ddbkit.mapping.core.DynamoTemplate;
import dev.ddbkit.mapping.schema.DynamoMappingContext;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.persistence.autoconfigure.EntityScanner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} for ddbkit: a {@link DynamoDbClient} (the embedded
 * {@link DynamoEngine} or an AWS SDK client, unless the application or another library
 * already defines one), the {@link DynamoMappingContext} with the
 * {@link DynamoEntity @DynamoEntity} classes of the auto-configuration and
 * {@code @EntityScan} packages, the {@code dynamoTemplate} and the
 * {@link DynamoSchemaInitializer}.
 */
@AutoConfiguration
@ConditionalOnClass({ DynamoDbClient.class, DynamoTemplate.class })
@EnableConfigurationProperties(DynamoProperties.class)
public final class DynamoAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	DynamoMappingContext dynamoMappingContext(ApplicationContext applicationContext, DynamoProperties properties)
			throws ClassNotFoundException {
		DynamoMappingContext context = new DynamoMappingContext();
		context.setDefaultTableName(properties.getTableName());
		context.setInitialEntitySet(new EntityScanner(applicationContext).scan(DynamoEntity.class));
		context.initialize();
		return context;
	}

	@Bean
	@ConditionalOnMissingBean
	DynamoSchemaInitializer dynamoSchemaInitializer(DynamoDbClient client, DynamoMappingContext mappingContext,
			DynamoProperties properties) {
		return new DynamoSchemaInitializer(client, mappingContext.createTableRequests(), properties.getSchemaAction());
	}

	@Bean
	@ConditionalOnMissingBean(DynamoOperations.class)
	DynamoTemplate dynamoTemplate(DynamoDbClient client, DynamoMappingContext mappingContext,
			ObjectProvider<DynamoSchemaInitializer> schemaInitializer) {
		// Initialized first, so that no one gets the template before its tables exist.
		schemaInitializer.getIfAvailable();
		return new DynamoTemplate(client, mappingContext);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(DynamoEngine.class)
	@ConditionalOnDynamoMode(DynamoProperties.Mode.EMBEDDED)
	@ConditionalOnMissingBean(DynamoDbClient.class)
	static class EmbeddedEngineConfiguration {

		private static final Log logger = LogFactory.getLog(DynamoAutoConfiguration.class);

		@Bean(destroyMethod = "close")
		@ConditionalOnMissingBean
		DynamoEngine dynamoEngine() {
			logger.warn("ddbkit is using the EMBEDDED DynamoDB engine: all data lives in memory in this JVM and is "
					+ "LOST when the application stops. Set ddb.mode=aws to use Amazon DynamoDB.");
			return DynamoEngine.create();
		}

		// The engine owns the client and closes it.
		@Bean(destroyMethod = "")
		@ConditionalOnMissingBean
		DynamoDbClient dynamoDbClient(DynamoEngine engine) {
			return engine.client();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnDynamoMode(DynamoProperties.Mode.AWS)
	@ConditionalOnMissingBean(DynamoDbClient.class)
	static class AwsClientConfiguration {

		@Bean(destroyMethod = "close")
		@ConditionalOnMissingBean
		DynamoDbClient dynamoDbClient(DynamoProperties properties,
				ObjectProvider<DynamoClientBuilderCustomizer> customizers) {
			DynamoDbClientBuilder builder = DynamoDbClient.builder()
				.httpClientBuilder(UrlConnectionHttpClient.builder());
			if (properties.getRegion() != null) {
				builder.region(Region.of(properties.getRegion()));
			}
			if (properties.getEndpoint() != null) {
				builder.endpointOverride(properties.getEndpoint());
			}
			customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
			return builder.build();
		}

	}

}
