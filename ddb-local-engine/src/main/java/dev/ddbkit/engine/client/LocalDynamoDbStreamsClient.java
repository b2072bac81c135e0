package dev.ddbkit.engine.client;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.operation.Operations;
import dev.ddbkit.engine.operation.StreamOperations;
import dev.ddbkit.engine.storage.TableStore;
import dev.ddbkit.engine.stream.ChangeRecord;
import dev.ddbkit.engine.stream.TableStream;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamResponse;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsRequest;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorRequest;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorResponse;
import software.amazon.awssdk.services.dynamodb.model.Identity;
import software.amazon.awssdk.services.dynamodb.model.ListStreamsRequest;
import software.amazon.awssdk.services.dynamodb.model.ListStreamsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.SequenceNumberRange;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.Stream;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The SDK's {@link DynamoDbStreamsClient} answered in process: ListStreams,
 * DescribeStream, GetShardIterator and GetRecords over the engine's table streams (one
 * shard per stream). Thread-safe.
 */
public final class LocalDynamoDbStreamsClient implements DynamoDbStreamsClient {

	private final Operations operations;

	public LocalDynamoDbStreamsClient(Operations operations) {
		this.operations = operations;
	}

	@Override
	public ListStreamsResponse listStreams(ListStreamsRequest request) {
		return call(() -> {
			StreamOperations.StreamPage page = streams().list(request.tableName(), request.limit(),
					request.exclusiveStartStreamArn());
			List<Stream> streams = new ArrayList<>();
			for (TableStream stream : page.streams()) {
				streams.add(Stream.builder()
					.streamArn(stream.arn())
					.streamLabel(stream.label())
					.tableName(streams().tableName(stream))
					.build());
			}
			return ListStreamsResponse.builder()
				.streams(streams)
				.lastEvaluatedStreamArn(page.lastEvaluatedStreamArn())
				.build();
		});
	}

	@Override
	public ListStreamsResponse listStreams() {
		return listStreams(ListStreamsRequest.builder().build());
	}

	@Override
	public DescribeStreamResponse describeStream(DescribeStreamRequest request) {
		return call(() -> {
			TableStream stream = streams().describe(request.streamArn());
			String tableName = streams().tableName(stream);
			SequenceNumberRange.Builder range = SequenceNumberRange.builder()
				.startingSequenceNumber(ChangeRecord.sequenceText(stream.firstSequenceNumber()));
			if (!stream.enabled()) {
				range.endingSequenceNumber(ChangeRecord.sequenceText(stream.lastSequenceNumber()));
			}
			StreamDescription.Builder description = StreamDescription.builder()
				.streamArn(stream.arn())
				.streamLabel(stream.label())
				.streamStatus(stream.enabled() ? "ENABLED" : "DISABLED")
				.streamViewType(stream.viewType().name())
				.creationRequestDateTime(stream.createdAt())
				.tableName(tableName)
				.shards(Shard.builder().shardId(stream.shardId()).sequenceNumberRange(range.build()).build());
			TableStore table = this.operations.context().catalog().get(tableName);
			if (table != null) {
				description.keySchema(TableDescriptions.keySchema(table.definition().keySchema()));
			}
			return DescribeStreamResponse.builder().streamDescription(description.build()).build();
		});
	}

	@Override
	public GetShardIteratorResponse getShardIterator(GetShardIteratorRequest request) {
		return call(() -> GetShardIteratorResponse.builder()
			.shardIterator(streams().shardIterator(request.streamArn(), request.shardId(),
					String.valueOf(request.shardIteratorTypeAsString()), request.sequenceNumber()))
			.build());
	}

	@Override
	public GetRecordsResponse getRecords(GetRecordsRequest request) {
		return call(() -> {
			StreamOperations.RecordPage page = streams().records(request.shardIterator(), request.limit());
			String region = this.operations.context().settings().region();
			List<Record> records = new ArrayList<>();
			for (ChangeRecord change : page.records()) {
				records.add(record(change, region));
			}
			return GetRecordsResponse.builder().records(records).nextShardIterator(page.nextShardIterator()).build();
		});
	}

	private static Record record(ChangeRecord change, String region) {
		StreamRecord.Builder data = StreamRecord.builder()
			.approximateCreationDateTime(change.createdAt())
			.keys(ValueConverter.fromValues(change.keys()))
			.sequenceNumber(change.sequenceNumberText())
			.sizeBytes(change.sizeBytes())
			.streamViewType(change.viewType().name());
		if (change.newImage() != null) {
			data.newImage(ValueConverter.fromItem(change.newImage()));
		}
		if (change.oldImage() != null) {
			data.oldImage(ValueConverter.fromItem(change.oldImage()));
		}
		Record.Builder record = Record.builder()
			.eventID(Long.toHexString(change.sequenceNumber()))
			.eventName(change.eventName())
			.eventVersion("1.1")
			.eventSource("aws:dynamodb")
			.awsRegion(region)
			.dynamodb(data.build());
		if (change.serviceDelete()) {
			record.userIdentity(Identity.builder().type("Service").principalId("dynamodb.amazonaws.com").build());
		}
		return record.build();
	}

	@Override
	public String serviceName() {
		return SERVICE_NAME;
	}

	@Override
	public void close() {
	}

	private StreamOperations streams() {
		return this.operations.streams();
	}

	private static <T> T call(Supplier<T> action) {
		try {
			return action.get();
		}
		catch (EngineException ex) {
			throw ExceptionTranslator.translate(ex);
		}
	}

}
