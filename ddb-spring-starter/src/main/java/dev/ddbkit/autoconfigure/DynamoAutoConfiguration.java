package dev.ddbkit.autoconfigure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Objects;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.EngineSettings;
import dev.ddbkit.engine.server.DynamoHttpServer;
import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.core.DynamoOperations;
import dev.ddbkit.mapping.core.DynamoTemplate;
import dev.ddbkit.mapping.resilience.DynamoSdkRetries;
import dev.ddbkit.mapping.schema.DynamoMappingContext;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.persistence.autoconfigure.EntityScanner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} for ddbkit: a {@link DynamoDbClient} (the embedded
 * {@link DynamoEngine} or an AWS SDK client, unless the application or another library
 * already defines one), the {@link DynamoMappingContext} with the
 * {@link DynamoEntity @DynamoEntity} classes of the auto-configuration and
 * {@code @EntityScan} packages, the {@code dynamoTemplate}, the
 * {@link DynamoSchemaInitializer} and a {@link DynamoDbStreamsClient} (the engine's, or
 * in {@code aws} mode one with the connection of the {@code DynamoDbClient}).
 */
// After Spring Cloud AWS, so that its DynamoDbClient (when present) is the one used.
@AutoConfiguration(afterName = "io.awspring.cloud.autoconfigure.dynamodb.DynamoDbAutoConfiguration")
@ConditionalOnClass({ DynamoDbClient.class, DynamoTemplate.class })
@EnableConfigurationProperties(DynamoProperties.class)
public final class DynamoAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	DynamoMappingContext dynamoMappingContext(ApplicationContext applicationContext, DynamoProperties properties)
			throws ClassNotFoundException {
		DynamoMappingContext context = new DynamoMappingContext();
		context.setDefaultTableName(properties.getTableName());
		context.setTableNamePrefix(properties.getTablePrefix());
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
		DynamoEngine dynamoEngine(DynamoProperties properties, ObjectProvider<DynamoEngineCustomizer> customizers) {
			logger.warn("ddbkit is using the EMBEDDED DynamoDB engine: all data lives in memory in this JVM and is "
					+ "LOST when the application stops. Set ddb.mode=aws to use Amazon DynamoDB.");
			DynamoEngine.Builder builder = DynamoEngine.builder().settings(properties.getEngine().toSettings());
			customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
			DynamoEngine engine = builder.build();
			logger.info(describe(engine.settings()));
			return engine;
		}

		private static String describe(EngineSettings settings) {
			String enforcement = switch (settings.capacityEnforcement()) {
				case ENFORCE -> "ENFORCE (requests beyond DynamoDB's throughput limits are throttled)";
				case OBSERVE -> "OBSERVE (every request is served; would-be throttles are only counted)";
				case OFF -> "OFF (no throughput model)";
			};
			return "ddbkit's embedded engine: capacity enforcement " + enforcement + "; GSI propagation delay "
					+ settings.gsiPropagationDelay() + "; index backfill time " + settings.indexBackfillTime()
					+ "; TTL sweep delay " + settings.ttlSweepDelay() + ", interval " + settings.ttlSweepInterval();
		}

		// The engine owns the client and closes it.
		@Bean(destroyMethod = "")
		@ConditionalOnMissingBean
		DynamoDbClient dynamoDbClient(DynamoEngine engine, DynamoProperties properties,
				ObjectProvider<DynamoClientInstrumentation> instrumentation) {
			return DynamoClientDecorations.decorate(engine.client(), properties.getRetry(),
					instrumentation.getIfAvailable());
		}

		// The engine owns the streams client and closes it.
		@Bean(destroyMethod = "")
		@ConditionalOnMissingBean
		DynamoDbStreamsClient dynamoDbStreamsClient(DynamoEngine engine) {
			return engine.streamsClient();
		}

		@Bean(destroyMethod = "close")
		@ConditionalOnMissingBean
		@ConditionalOnProperty("ddb.engine.http-port")
		DynamoHttpServer dynamoHttpServer(DynamoEngine engine, DynamoProperties properties) throws IOException {
			Integer port = Objects.requireNonNull(properties.getEngine().getHttpPort());
			DynamoHttpServer server = DynamoHttpServer.start(engine,
					new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
			logger.info("ddbkit's embedded DynamoDB engine also serves DynamoDB's HTTP API at " + server.endpoint());
			return server;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnDynamoMode(DynamoProperties.Mode.AWS)
	@ConditionalOnMissingBean(DynamoDbClient.class)
	static class AwsClientConfiguration {

		@Bean
		@ConditionalOnMissingBean
		DynamoConnectionDetails dynamoConnectionDetails(DynamoProperties properties) {
			return new PropertiesDynamoConnectionDetails(properties);
		}

		@Bean(destroyMethod = "close")
		@ConditionalOnMissingBean
		DynamoDbClient dynamoDbClient(DynamoConnectionDetails connectionDetails, DynamoProperties properties,
				ObjectProvider<DynamoClientBuilderCustomizer> customizers,
				ObjectProvider<DynamoClientInstrumentation> instrumentation) {
			// Apache 5 sets TCP_NODELAY: HttpURLConnection (url-connection) writes
			// headers
			// and body in two writes and Nagle holds the body for the server's ACK (see
			// docs/benchmarks.md, "Profiling")
			DynamoDbClientBuilder builder = DynamoDbClient.builder().httpClientBuilder(Apache5HttpClient.builder());
			// ddbkit's retry layer is the only one: SDK retries beneath it would multiply
			// attempts.
			DynamoSdkRetries.disable(builder);
			if (connectionDetails.getRegion() != null) {
				builder.region(Region.of(connectionDetails.getRegion()));
			}
			if (connectionDetails.getEndpoint() != null) {
				builder.endpointOverride(connectionDetails.getEndpoint());
			}
			AwsCredentials credentials = connectionDetails.getCredentials();
			if (credentials != null) {
				builder.credentialsProvider(StaticCredentialsProvider.create(credentials));
			}
			customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
			return DynamoClientDecorations.decorate(builder.build(), properties.getRetry(),
					instrumentation.getIfAvailable());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnDynamoMode(DynamoProperties.Mode.AWS)
	static class AwsStreamsClientConfiguration {

		// Lazy: an application that reads no stream builds no second SDK client.
		@Bean(destroyMethod = "close")
		@Lazy
		@ConditionalOnMissingBean
		DynamoDbStreamsClient dynamoDbStreamsClient(DynamoDbClient client) {
			return DynamoStreamsClients.withConnectionOf(client);
		}

	}

}
