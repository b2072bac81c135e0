package dev.ddbkit.autoconfigure;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.server.DynamoHttpServer;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the {@link DynamoDbStreamsClient} bean of {@link DynamoAutoConfiguration}:
 * the engine's in embedded mode, one with the {@code DynamoDbClient}'s connection in
 * {@code aws} mode, and none of ours when the application defines one.
 */
class DynamoStreamsClientUnitTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamoAutoConfiguration.class));

	@Test
	void embeddedModeGivesTheEnginesStreamsClientWhichSeesTheTablesWrites() {
		this.runner.withPropertyValues("ddb.mode=embedded").run((context) -> {
			DynamoDbStreamsClient streams = context.getBean(DynamoDbStreamsClient.class);
			assertThat(streams).isSameAs(context.getBean(DynamoEngine.class).streamsClient());

			DynamoDbClient client = context.getBean(DynamoDbClient.class);
			assertThat(newImagesAfterOnePut(client, streams)).containsExactly("ORDER#1");
		});
	}

	@Test
	void awsModeStreamsClientHasTheRegionAndEndpointOfTheProperties() {
		this.runner.withPropertyValues("ddb.mode=aws", "ddb.region=sa-east-1", "ddb.endpoint=http://localhost:4566")
			.run((context) -> {
				DynamoDbStreamsClient streams = context.getBean(DynamoDbStreamsClient.class);
				assertThat(streams.serviceClientConfiguration().region()).isEqualTo(Region.SA_EAST_1);
				assertThat(streams.serviceClientConfiguration().endpointOverride())
					.contains(URI.create("http://localhost:4566"));
			});
	}

	@Test
	void awsModeStreamsClientFollowsWhatBuilderCustomizersChangedOnTheDynamoDbClient() {
		StaticCredentialsProvider credentials = StaticCredentialsProvider
			.create(AwsBasicCredentials.create("custom", "secret"));
		this.runner.withPropertyValues("ddb.mode=aws", "ddb.region=sa-east-1")
			.withBean(DynamoClientBuilderCustomizer.class,
					() -> (builder) -> builder.region(Region.EU_CENTRAL_1)
						.credentialsProvider(credentials)
						.overrideConfiguration((override) -> override.apiCallTimeout(Duration.ofSeconds(7))))
			.run((context) -> {
				DynamoDbStreamsClient streams = context.getBean(DynamoDbStreamsClient.class);
				assertThat(streams.serviceClientConfiguration().region()).isEqualTo(Region.EU_CENTRAL_1);
				assertThat(streams.serviceClientConfiguration().credentialsProvider()).isSameAs(credentials);
				assertThat(streams.serviceClientConfiguration().overrideConfiguration().apiCallTimeout())
					.contains(Duration.ofSeconds(7));
			});
	}

	@Test
	void awsModeStreamsClientReadsStreamsOverHttpFromTheConfiguredEndpoint() throws IOException {
		try (DynamoEngine engine = DynamoEngine.create(); DynamoHttpServer server = DynamoHttpServer.start(engine, 0)) {
			this.runner
				.withPropertyValues("ddb.mode=aws", "ddb.region=eu-west-1", "ddb.endpoint=" + server.endpoint(),
						"ddb.credentials.access-key=test", "ddb.credentials.secret-key=test")
				.run((context) -> {
					assertThat(context).doesNotHaveBean(DynamoEngine.class);
					DynamoDbStreamsClient streams = context.getBean(DynamoDbStreamsClient.class);
					assertThat(newImagesAfterOnePut(context.getBean(DynamoDbClient.class), streams))
						.containsExactly("ORDER#1");
				});
		}
	}

	@Test
	void awsModeBuildsTheStreamsClientOnlyWhenSomethingAsksForIt() {
		DynamoDbClient library = Mockito.mock(DynamoDbClient.class);
		this.runner.withPropertyValues("ddb.mode=aws").withBean(DynamoDbClient.class, () -> library).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBeanFactory().containsSingleton("dynamoDbStreamsClient")).isFalse();
		});
	}

	@Test
	void anApplicationStreamsClientReplacesOursInEveryMode() {
		DynamoDbStreamsClient own = Mockito.mock(DynamoDbStreamsClient.class);
		for (String mode : new String[] { "embedded", "aws" }) {
			this.runner.withPropertyValues("ddb.mode=" + mode, "ddb.region=eu-west-1")
				.withBean(DynamoDbStreamsClient.class, () -> own)
				.run((context) -> assertThat(context).getBean(DynamoDbStreamsClient.class).isSameAs(own));
		}
	}

	private static java.util.List<String> newImagesAfterOnePut(DynamoDbClient client, DynamoDbStreamsClient streams) {
		CreateTableRequest table = TestTables.keyedTable("orders")
			.toBuilder()
			.streamSpecification((stream) -> stream.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE))
			.build();
		String streamArn = client.createTable(table).tableDescription().latestStreamArn();
		client.putItem((put) -> put.tableName("orders")
			.item(Map.of("PK", AttributeValue.fromS("ORDER#1"), "SK", AttributeValue.fromS("ORDER"))));
		String shardId = streams.describeStream((describe) -> describe.streamArn(streamArn))
			.streamDescription()
			.shards()
			.get(0)
			.shardId();
		String iterator = streams
			.getShardIterator((request) -> request.streamArn(streamArn)
				.shardId(shardId)
				.shardIteratorType(ShardIteratorType.TRIM_HORIZON))
			.shardIterator();
		return streams.getRecords((request) -> request.shardIterator(iterator))
			.records()
			.stream()
			.map(Record::dynamodb)
			.map((record) -> record.newImage().get("PK").s())
			.toList();
	}

}
