package dev.ddbkit.autoconfigure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import dev.ddbkit.autoconfigure.metrics.DynamoMetricsAutoConfiguration;
import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.EngineSettings;
import dev.ddbkit.engine.EngineSettings.CapacityEnforcement;
import dev.ddbkit.engine.capacity.ThroughputSettings;
import dev.ddbkit.engine.server.DynamoHttpServer;
import dev.ddbkit.mapping.observability.DynamoMetrics;
import dev.ddbkit.mapping.resilience.DynamoClients;
import dev.ddbkit.mapping.resilience.DynamoRetrySettings;
import dev.ddbkit.mapping.resilience.DynamoSdkRetries;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for the client wiring of {@link DynamoAutoConfiguration} and
 * {@link DynamoMetricsAutoConfiguration}: connection details, exactly one retry layer
 * with SDK retries off, metrics beneath it, engine settings and the engine's HTTP port.
 */
class DynamoClientWiringUnitTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamoAutoConfiguration.class, DynamoMetricsAutoConfiguration.class));

	@Test
	void connectionDetailsComeFromThePropertiesIncludingStaticCredentials() {
		this.runner
			.withPropertyValues("ddb.mode=aws", "ddb.region=eu-west-1", "ddb.endpoint=http://localhost:4566",
					"ddb.credentials.access-key=AKID", "ddb.credentials.secret-key=SECRET")
			.run((context) -> {
				DynamoConnectionDetails details = context.getBean(DynamoConnectionDetails.class);
				assertThat(details.getRegion()).isEqualTo("eu-west-1");
				assertThat(details.getEndpoint()).isEqualTo(URI.create("http://localhost:4566"));
				assertThat(details.getCredentials()).isEqualTo(AwsBasicCredentials.create("AKID", "SECRET"));
			});
	}

	@Test
	void aConnectionDetailsBeanReplacesTheProperties() {
		DynamoConnectionDetails details = new DynamoConnectionDetails() {

			@Override
			public URI getEndpoint() {
				return URI.create("http://127.0.0.1:8000");
			}

			@Override
			public String getRegion() {
				return "ap-south-1";
			}

			@Override
			public AwsCredentials getCredentials() {
				return AwsBasicCredentials.create("a", "b");
			}

		};
		this.runner.withPropertyValues("ddb.mode=aws", "ddb.region=eu-west-1")
			.withBean(DynamoConnectionDetails.class, () -> details)
			.run((context) -> {
				DynamoDbClient client = context.getBean(DynamoDbClient.class);
				assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.AP_SOUTH_1);
				assertThat(client.serviceClientConfiguration().endpointOverride())
					.contains(URI.create("http://127.0.0.1:8000"));
			});
	}

	@Test
	void sdkRetriesAreOffAndTheClientAlreadyHasDdbkitsOneRetryLayer() {
		this.runner.withPropertyValues("ddb.mode=aws", "ddb.region=eu-west-1").run((context) -> {
			DynamoDbClient client = context.getBean(DynamoDbClient.class);
			assertThat(DynamoSdkRetries.maxAttempts(client)).hasValue(1);
			assertThatIllegalArgumentException()
				.isThrownBy(() -> DynamoClients.withRetry(client, DynamoRetrySettings.defaults()))
				.withMessageContaining("already retries");
		});
	}

	@Test
	void retryEnabledFalseLeavesTheClientWithoutARetryLayer() {
		this.runner.withPropertyValues("ddb.mode=aws", "ddb.region=eu-west-1", "ddb.retry.enabled=false")
			.run((context) -> assertThat(
					DynamoClients.withRetry(context.getBean(DynamoDbClient.class), DynamoRetrySettings.defaults()))
				.isNotNull());
	}

	@Test
	void theAwsClientsSendThroughTheApache5HttpClient() throws IOException {
		Map<String, String> userAgents = new java.util.concurrent.ConcurrentHashMap<>();
		HttpServer server = cannedServer(200, "{}",
				(exchange) -> userAgents.put(exchange.getRequestHeaders().getFirst("X-Amz-Target"),
						exchange.getRequestHeaders().getFirst("User-Agent")));
		try {
			this.runner.withPropertyValues(awsModeAt(server)).run((context) -> {
				context.getBean(DynamoDbClient.class).listTables();
				context.getBean(software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient.class)
					.listStreams();
				assertThat(userAgents).containsOnlyKeys("DynamoDB_20120810.ListTables",
						"DynamoDBStreams_20120810.ListStreams");
				assertThat(userAgents.values()).allSatisfy((agent) -> assertThat(agent).contains("http#Apache5"));
			});
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void aRetryableFailureIsSentExactlyMaxAttemptsTimesAndEachAttemptIsMetered() throws IOException {
		AtomicInteger requests = new AtomicInteger();
		HttpServer server = cannedServer(500,
				"{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\",\"message\":\"boom\"}",
				(exchange) -> requests.incrementAndGet());
		try {
			this.runner.withPropertyValues(awsModeAt(server))
				.withPropertyValues("ddb.retry.max-attempts=3", "ddb.retry.base-delay=0ms", "ddb.retry.max-delay=0ms")
				.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
				.run((context) -> {
					DynamoDbClient client = context.getBean(DynamoDbClient.class);
					assertThatExceptionOfType(DynamoDbException.class).isThrownBy(client::listTables);
					assertThat(requests).hasValue(3);
					MeterRegistry registry = context.getBean(MeterRegistry.class);
					assertThat(registry.get(DynamoMetrics.REQUESTS).timer().count()).isEqualTo(3);
					assertThat(registry.get(DynamoMetrics.RETRIES).counter().count()).isEqualTo(2);
					assertThat(registry.get(DynamoMetrics.RETRIES_EXHAUSTED).counter().count()).isEqualTo(1);
				});
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void metricsAreRecordedWhenAMeterRegistryExists() {
		this.runner.withPropertyValues("ddb.mode=embedded")
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.run((context) -> {
				assertThat(context).hasSingleBean(DynamoMetrics.class);
				context.getBean(DynamoDbClient.class).listTables();
				assertThat(context.getBean(MeterRegistry.class).find(DynamoMetrics.REQUESTS).timers()).isNotEmpty();
			});
	}

	@Test
	void metricsBackOffWithoutARegistryOrWhenDisabled() {
		this.runner.withPropertyValues("ddb.mode=embedded")
			.run((context) -> assertThat(context).doesNotHaveBean(DynamoMetrics.class));
		this.runner.withPropertyValues("ddb.mode=embedded", "ddb.metrics.enabled=false")
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.run((context) -> {
				assertThat(context).doesNotHaveBean(DynamoMetrics.class);
				context.getBean(DynamoDbClient.class).listTables();
				assertThat(context.getBean(MeterRegistry.class).find(DynamoMetrics.REQUESTS).timers()).isEmpty();
			});
	}

	@Test
	void retryDelaysAndJitterComeFromTheRetryProperties() {
		this.runner
			.withPropertyValues("ddb.mode=embedded", "ddb.retry.max-attempts=5", "ddb.retry.base-delay=10ms",
					"ddb.retry.max-delay=2s", "ddb.retry.jitter=none")
			.run((context) -> assertThat(context.getBean(DynamoProperties.class).getRetry().toSettings())
				.isEqualTo(new DynamoRetrySettings(5, Duration.ofMillis(10), Duration.ofSeconds(2),
						DynamoRetrySettings.Jitter.NONE)));
	}

	@Test
	void consumedCapacityIsAskedForUnlessTheConsumedCapacityPropertyIsFalse() {
		for (boolean ask : new boolean[] { true, false }) {
			this.runner.withPropertyValues("ddb.mode=embedded", "ddb.metrics.consumed-capacity=" + ask)
				.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
				.run((context) -> {
					DynamoDbClient client = context.getBean(DynamoDbClient.class);
					client.createTable(TestTables.keyedTable("metered"));
					client.putItem((put) -> put.tableName("metered")
						.item(Map.of("PK", AttributeValue.fromS("a"), "SK", AttributeValue.fromS("b"))));
					assertThat(context.getBean(MeterRegistry.class).find(DynamoMetrics.CONSUMED_WCU).meters())
						.as("consumed WCU meters with consumed-capacity=%s", ask)
						.hasSize(ask ? 1 : 0);
				});
		}
	}

	@Test
	void hotKeyCapacityPropertyShapesTheTracker() {
		this.runner.withPropertyValues("ddb.mode=embedded", "ddb.metrics.hot-key-capacity=7")
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.run((context) -> assertThat(context.getBean(DynamoMetrics.class).hotKeys().capacity()).isEqualTo(7));
	}

	@Test
	void engineSettingsComeFromTheEngineProperties() {
		this.runner
			.withPropertyValues("ddb.mode=embedded", "ddb.engine.gsi-propagation-delay=2s",
					"ddb.engine.index-backfill-time=1m", "ddb.engine.max-page-bytes=4096",
					"ddb.engine.ttl-sweep-delay=5s", "ddb.engine.ttl-sweep-interval=0s", "ddb.engine.region=eu-north-1",
					"ddb.engine.capacity-enforcement=observe")
			.run((context) -> {
				var settings = context.getBean(DynamoEngine.class).settings();
				assertThat(settings.gsiPropagationDelay()).isEqualTo(Duration.ofSeconds(2));
				assertThat(settings.indexBackfillTime()).isEqualTo(Duration.ofMinutes(1));
				assertThat(settings.maxPageBytes()).isEqualTo(4096);
				assertThat(settings.ttlSweepDelay()).isEqualTo(Duration.ofSeconds(5));
				assertThat(settings.ttlSweepInterval()).isZero();
				assertThat(settings.region()).isEqualTo("eu-north-1");
				assertThat(settings.capacityEnforcement()).isEqualTo(CapacityEnforcement.OBSERVE);
			});
	}

	@Test
	void throughputSettingsComeFromTheEngineThroughputProperties() {
		this.runner.withPropertyValues("ddb.mode=embedded", "ddb.engine.throughput.initial-partitions=4",
				"ddb.engine.throughput.partition-max-size=64KB", "ddb.engine.throughput.load-split-after=30s",
				"ddb.engine.throughput.load-split-fraction=0.8", "ddb.engine.throughput.account-table-read-units=500",
				"ddb.engine.throughput.account-table-write-units=200", "ddb.engine.throughput.diagnostics-window=10s",
				"ddb.engine.throughput.diagnostics-windows=6", "ddb.engine.throughput.hot-keys=3")
			.run((context) -> {
				ThroughputSettings throughput = context.getBean(DynamoEngine.class).settings().throughput();
				assertThat(throughput.initialPartitions()).isEqualTo(4);
				assertThat(throughput.partitionMaxBytes()).isEqualTo(64 * 1024);
				assertThat(throughput.loadSplitAfter()).isEqualTo(Duration.ofSeconds(30));
				assertThat(throughput.loadSplitFraction()).isEqualTo(0.8);
				assertThat(throughput.accountTableReadUnits()).isEqualTo(500);
				assertThat(throughput.accountTableWriteUnits()).isEqualTo(200);
				assertThat(throughput.diagnosticsWindow()).isEqualTo(Duration.ofSeconds(10));
				assertThat(throughput.diagnosticsWindows()).isEqualTo(6);
				assertThat(throughput.hotKeys()).isEqualTo(3);
			});
	}

	@Test
	void engineDefaultsAreDynamoDbsOwnAndEnforceCapacity() {
		this.runner.withPropertyValues("ddb.mode=embedded")
			.run((context) -> assertThat(context.getBean(DynamoEngine.class).settings())
				.isEqualTo(EngineSettings.defaults()));
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void engineStartLogsTheCapacityEnforcementAndTimingSettings(CapturedOutput output) {
		this.runner
			.withPropertyValues("ddb.mode=embedded", "ddb.engine.capacity-enforcement=off",
					"ddb.engine.gsi-propagation-delay=3s")
			.run((context) -> assertThat(output).contains("capacity enforcement OFF (no throughput model)")
				.contains("GSI propagation delay PT3S"));
	}

	@Test
	void engineCustomizersApplyAfterTheProperties() {
		this.runner.withPropertyValues("ddb.mode=embedded", "ddb.engine.max-page-bytes=4096")
			.withBean(DynamoEngineCustomizer.class,
					() -> (builder) -> builder.settings(EngineSettings.defaults().withMaxPageBytes(99)))
			.run((context) -> assertThat(context.getBean(DynamoEngine.class).settings().maxPageBytes()).isEqualTo(99));
	}

	@Test
	void httpPortServesTheEngineOnLoopbackAndIsOffByDefault() {
		this.runner.withPropertyValues("ddb.mode=embedded", "ddb.engine.http-port=0").run((context) -> {
			DynamoHttpServer server = context.getBean(DynamoHttpServer.class);
			assertThat(server.endpoint().getHost()).isEqualTo("127.0.0.1");
			context.getBean(DynamoDbClient.class).createTable(TestTables.keyedTable("served"));
			try (DynamoDbClient http = DynamoDbClient.builder()
				.endpointOverride(server.endpoint())
				.region(Region.US_EAST_1)
				.credentialsProvider(() -> AwsBasicCredentials.create("a", "b"))
				.httpClientBuilder(software.amazon.awssdk.http.apache5.Apache5HttpClient.builder())
				.build()) {
				assertThat(http.listTables().tableNames()).containsExactly("served");
			}
		});
		this.runner.withPropertyValues("ddb.mode=embedded")
			.run((context) -> assertThat(context).doesNotHaveBean(DynamoHttpServer.class));
	}

	/**
	 * A loopback server answering every request with {@code status} and a DynamoDB JSON
	 * {@code body}, after handing the exchange to {@code observer}.
	 */
	private static HttpServer cannedServer(int status, String body,
			java.util.function.Consumer<com.sun.net.httpserver.HttpExchange> observer) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		server.createContext("/", (exchange) -> {
			observer.accept(exchange);
			exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
			exchange.sendResponseHeaders(status, bytes.length);
			exchange.getResponseBody().write(bytes);
			exchange.close();
		});
		server.start();
		return server;
	}

	private static String[] awsModeAt(HttpServer server) {
		return new String[] { "ddb.mode=aws", "ddb.region=eu-west-1",
				"ddb.endpoint=http://127.0.0.1:" + server.getAddress().getPort(), "ddb.credentials.access-key=a",
				"ddb.credentials.secret-key=b", "ddb.schema-action=none" };
	}

}
