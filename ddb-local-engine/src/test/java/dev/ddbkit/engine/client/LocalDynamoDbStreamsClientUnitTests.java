package dev.ddbkit.engine.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.DynamoManualClock;
import dev.ddbkit.engine.Engines;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

import static dev.ddbkit.engine.client.Tables.n;
import static dev.ddbkit.engine.client.Tables.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// A table's stream records each change once and in write order (INSERT, MODIFY, REMOVE),
// with the images its view type names; a write that changes nothing writes no record;
// records are kept 24 hours; shard iterators expire after 15 minutes; a disabled stream's
// shard closes (Developer Guide, "Change data capture for DynamoDB Streams"; Streams API
// Reference, "GetShardIterator", "GetRecords").
class LocalDynamoDbStreamsClientUnitTests {

	private final DynamoManualClock clock = Engines.clock();

	@AutoClose
	private final DynamoEngine engine = Engines.on(this.clock);

	private final DynamoDbClient client = this.engine.client();

	private final DynamoDbStreamsClient streams = this.engine.streamsClient();

	@Test
	void changesAppearOnceInOrderWithBothImages() {
		String arn = createTable(StreamViewType.NEW_AND_OLD_IMAGES);
		put("1");
		put("2");
		put("2");
		this.client.deleteItem((request) -> request.tableName("Events").key(Map.of("id", s("a"))));
		List<Record> records = read(iterator(arn, ShardIteratorType.TRIM_HORIZON, null)).records();
		assertThat(records).extracting(Record::eventNameAsString).containsExactly("INSERT", "MODIFY", "REMOVE");
		assertThat(records.get(0).dynamodb().newImage()).containsEntry("v", n("1"));
		assertThat(records.get(0).dynamodb().hasOldImage()).isFalse();
		assertThat(records.get(1).dynamodb().oldImage()).containsEntry("v", n("1"));
		assertThat(records.get(1).dynamodb().newImage()).containsEntry("v", n("2"));
		assertThat(records.get(2).dynamodb().keys()).isEqualTo(Map.of("id", s("a")));
		assertThat(records.get(2).dynamodb().hasNewImage()).isFalse();
		assertThat(records).extracting((record) -> record.dynamodb().sequenceNumber()).isSorted();
		assertThat(records.get(0).dynamodb().approximateCreationDateTime()).isEqualTo(this.clock.instant());
	}

	@Test
	void keysOnlyRecordsCarryNoImagesAndLatestStartsAfterTheLastRecord() {
		String arn = createTable(StreamViewType.KEYS_ONLY);
		put("1");
		String latest = iterator(arn, ShardIteratorType.LATEST, null);
		put("2");
		List<Record> records = read(latest).records();
		assertThat(records).singleElement().satisfies((record) -> {
			assertThat(record.dynamodb().hasNewImage()).isFalse();
			assertThat(record.dynamodb().keys()).containsEntry("id", s("a"));
		});
		String after = iterator(arn, ShardIteratorType.AFTER_SEQUENCE_NUMBER,
				records.get(0).dynamodb().sequenceNumber());
		assertThat(read(after).records()).isEmpty();
	}

	@Test
	void shardIteratorsExpireAfterFifteenMinutes() {
		String arn = createTable(StreamViewType.NEW_IMAGE);
		String iterator = iterator(arn, ShardIteratorType.TRIM_HORIZON, null);
		this.clock.advance(Duration.ofMinutes(15));
		assertThatExceptionOfType(ExpiredIteratorException.class).isThrownBy(() -> read(iterator));
	}

	@Test
	void recordsOlderThanTwentyFourHoursAreTrimmed() {
		String arn = createTable(StreamViewType.NEW_IMAGE);
		put("1");
		this.clock.advance(Duration.ofHours(23).plusMinutes(55));
		String early = iterator(arn, ShardIteratorType.TRIM_HORIZON, null);
		put("2");
		this.clock.advance(Duration.ofMinutes(6));
		assertThatExceptionOfType(TrimmedDataAccessException.class).isThrownBy(() -> read(early));
		List<Record> records = read(iterator(arn, ShardIteratorType.TRIM_HORIZON, null)).records();
		assertThat(records).singleElement()
			.satisfies((record) -> assertThat(record.dynamodb().newImage()).containsEntry("v", n("2")));
	}

	@Test
	void disablingTheStreamClosesItsShard() {
		String arn = createTable(StreamViewType.NEW_IMAGE);
		put("1");
		this.client.updateTable(
				(request) -> request.tableName("Events").streamSpecification((spec) -> spec.streamEnabled(false)));
		put("2");
		GetRecordsResponse response = read(iterator(arn, ShardIteratorType.TRIM_HORIZON, null));
		assertThat(response.records()).hasSize(1);
		assertThat(response.nextShardIterator()).isNull();
		StreamDescription description = this.streams.describeStream((request) -> request.streamArn(arn))
			.streamDescription();
		assertThat(description.streamStatusAsString()).isEqualTo("DISABLED");
		assertThat(description.shards().get(0).sequenceNumberRange().endingSequenceNumber()).isNotNull();
		assertThat(this.streams.listStreams((request) -> request.tableName("Events")).streams())
			.extracting((stream) -> stream.streamArn())
			.containsExactly(arn);
	}

	private String createTable(StreamViewType viewType) {
		return this.client
			.createTable((request) -> request.tableName("Events")
				.billingMode(BillingMode.PAY_PER_REQUEST)
				.attributeDefinitions(Tables.attribute("id", ScalarAttributeType.S))
				.keySchema(Tables.key("id", KeyType.HASH))
				.streamSpecification((spec) -> spec.streamEnabled(true).streamViewType(viewType)))
			.tableDescription()
			.latestStreamArn();
	}

	private void put(String value) {
		this.client.putItem((request) -> request.tableName("Events").item(Map.of("id", s("a"), "v", n(value))));
	}

	private String iterator(String arn, ShardIteratorType type, String sequenceNumber) {
		StreamDescription description = this.streams.describeStream((request) -> request.streamArn(arn))
			.streamDescription();
		return this.streams
			.getShardIterator((request) -> request.streamArn(arn)
				.shardId(description.shards().get(0).shardId())
				.shardIteratorType(type)
				.sequenceNumber(sequenceNumber))
			.shardIterator();
	}

	private GetRecordsResponse read(String iterator) {
		return this.streams.getRecords((request) -> request.shardIterator(iterator));
	}

}
