package dev.ddbkit.engine.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.DynamoManualClock;
import dev.ddbkit.engine.Engines;
import dev.ddbkit.engine.capacity.PartitionDiagnostics;
import dev.ddbkit.engine.capacity.ResourceDiagnostics;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

import static dev.ddbkit.engine.client.Tables.n;
import static dev.ddbkit.engine.client.Tables.s;
import static org.assertj.core.api.Assertions.assertThat;

// Time to Live: an item whose TTL attribute (a Number of epoch seconds) has passed stays
// readable until the sweep deletes it; the deletion appears in the stream as a REMOVE by
// the service principal; non-numbers and expiries more than five years old are ignored
// (Developer Guide, "Time to Live (TTL)"). TTL deletes consume no write capacity but free the item's storage in its
// partition ("Time to Live (TTL)": deleting expired items "without consuming write throughput").
class LocalDynamoDbClientTtlUnitTests {

	private final DynamoManualClock clock = Engines.clock();

	@AutoClose
	private final DynamoEngine engine = Engines.on(this.clock,
			(settings) -> settings.withTtlSweepDelay(Duration.ofHours(1)).withTtlSweepInterval(Duration.ZERO));

	private final DynamoDbClient client = this.engine.client();

	@Test
	void anExpiredItemIsReadableUntilTheSweepThenGoneWithAServiceRemoveRecord() {
		String streamArn = this.client
			.createTable((request) -> request.tableName("Sessions")
				.billingMode(BillingMode.PAY_PER_REQUEST)
				.attributeDefinitions(Tables.attribute("id", ScalarAttributeType.S))
				.keySchema(Tables.key("id", KeyType.HASH))
				.streamSpecification((spec) -> spec.streamEnabled(true).streamViewType(StreamViewType.OLD_IMAGE)))
			.tableDescription()
			.latestStreamArn();
		this.client.updateTimeToLive((request) -> request.tableName("Sessions")
			.timeToLiveSpecification((spec) -> spec.enabled(true).attributeName("expiresAt")));
		long expiry = this.clock.instant().plusSeconds(60).getEpochSecond();
		put("soon", n(Long.toString(expiry)));
		put("text", s(Long.toString(expiry)));
		put("ancient", n(Long.toString(this.clock.instant().minus(Duration.ofDays(6 * 365)).getEpochSecond())));
		put("none", null);
		this.clock.advance(Duration.ofMinutes(30));
		assertThat(this.engine.sweepExpiredItems()).isZero();
		assertThat(exists("soon")).isTrue();
		this.clock.advance(Duration.ofMinutes(31));
		assertThat(this.engine.sweepExpiredItems()).isEqualTo(1);
		assertThat(exists("soon")).isFalse();
		assertThat(exists("text")).isTrue();
		assertThat(exists("ancient")).isTrue();
		assertThat(exists("none")).isTrue();
		List<Record> records = streamRecords(streamArn);
		assertThat(records).last().satisfies((record) -> {
			assertThat(record.eventNameAsString()).isEqualTo("REMOVE");
			assertThat(record.userIdentity().principalId()).isEqualTo("dynamodb.amazonaws.com");
			assertThat(record.userIdentity().type()).isEqualTo("Service");
		});
		assertThat(records.subList(0, records.size() - 1))
			.allSatisfy((record) -> assertThat(record.userIdentity()).isNull());
	}

	@Test
	void aSweepConsumesNoWriteCapacityAndFreesTheItemsStorage() {
		this.client.createTable((request) -> request.tableName("Sessions")
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.attributeDefinitions(Tables.attribute("id", ScalarAttributeType.S))
			.keySchema(Tables.key("id", KeyType.HASH)));
		this.client.updateTimeToLive((request) -> request.tableName("Sessions")
			.timeToLiveSpecification((spec) -> spec.enabled(true).attributeName("expiresAt")));
		long expiry = this.clock.instant().getEpochSecond();
		for (int i = 0; i < 10; i++) {
			int id = i;
			this.client.putItem((request) -> request.tableName("Sessions")
				.item(Map.of("id", s("s" + id), "expiresAt", n(Long.toString(expiry)), "payload",
						s("x".repeat(2_000)))));
		}
		put("kept", null);
		ResourceDiagnostics before = this.engine.capacityDiagnostics("Sessions").table();
		this.clock.advance(Duration.ofHours(2));
		assertThat(this.engine.sweepExpiredItems()).isEqualTo(10);
		ResourceDiagnostics after = this.engine.capacityDiagnostics("Sessions").table();
		// the puts' windows are past the 60 retained minutes: any unit left is the
		// sweep's
		assertThat(before.consumedWriteCapacityUnits()).isPositive();
		assertThat(after.consumedWriteCapacityUnits()).isZero();
		// ten items of about 2 KB were stored; only the small unexpiring one is left
		assertThat(stored(before)).isGreaterThan(20_000);
		assertThat(stored(after)).isPositive().isLessThan(100);
	}

	private static long stored(ResourceDiagnostics diagnostics) {
		return diagnostics.partitions().stream().mapToLong(PartitionDiagnostics::storedBytes).sum();
	}

	private void put(String id, AttributeValue expiresAt) {
		Map<String, AttributeValue> item = (expiresAt != null) ? Map.of("id", s(id), "expiresAt", expiresAt)
				: Map.of("id", s(id));
		this.client.putItem((request) -> request.tableName("Sessions").item(item));
	}

	private boolean exists(String id) {
		return this.client.getItem((request) -> request.tableName("Sessions").key(Map.of("id", s(id)))).hasItem();
	}

	private List<Record> streamRecords(String arn) {
		DynamoDbStreamsClient streams = this.engine.streamsClient();
		String shardId = streams.describeStream((request) -> request.streamArn(arn))
			.streamDescription()
			.shards()
			.get(0)
			.shardId();
		String iterator = streams.getShardIterator(
				(request) -> request.streamArn(arn).shardId(shardId).shardIteratorType(ShardIteratorType.TRIM_HORIZON))
			.shardIterator();
		return streams.getRecords((request) -> request.shardIterator(iterator)).records();
	}

}
