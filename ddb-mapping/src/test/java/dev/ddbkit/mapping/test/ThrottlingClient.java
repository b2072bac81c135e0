package dev.ddbkit.mapping.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * A client that processes only the first half of each batch request for the first
 * {@code throttledCalls} calls (all of it for ever when negative) and returns the rest as
 * unprocessed, as DynamoDB does when throttled; before that, the first
 * {@code rejectedCalls} batch calls fail as a whole with
 * {@code ProvisionedThroughputExceededException}.
 */
public final class ThrottlingClient implements DynamoDbClient {

	private final DynamoDbClient delegate;

	private int throttledCalls;

	private int rejectedCalls;

	private final List<Integer> batchSizes = new ArrayList<>();

	public ThrottlingClient(DynamoDbClient delegate, int throttledCalls) {
		this(delegate, throttledCalls, 0);
	}

	public ThrottlingClient(DynamoDbClient delegate, int throttledCalls, int rejectedCalls) {
		this.delegate = delegate;
		this.throttledCalls = throttledCalls;
		this.rejectedCalls = rejectedCalls;
	}

	/** The number of requests in each batch call received. */
	public List<Integer> batchSizes() {
		return this.batchSizes;
	}

	@Override
	public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
		List<WriteRequest> all = new ArrayList<>();
		String table = request.requestItems().keySet().iterator().next();
		request.requestItems().values().forEach(all::addAll);
		this.batchSizes.add(all.size());
		if (this.rejectedCalls > 0) {
			this.rejectedCalls--;
			throw ProvisionedThroughputExceededException.builder()
				.message("The level of configured provisioned throughput for the table was exceeded.")
				.build();
		}
		int processed = processedCount(all.size());
		List<ConsumedCapacity> consumed = new ArrayList<>();
		if (processed > 0) {
			consumed.addAll(
					this.delegate
						.batchWriteItem((r) -> r.requestItems(Map.of(table, all.subList(0, processed)))
							.returnConsumedCapacity(request.returnConsumedCapacity()))
						.consumedCapacity());
		}
		List<WriteRequest> left = all.subList(processed, all.size());
		return BatchWriteItemResponse.builder()
			.unprocessedItems(left.isEmpty() ? Map.of() : Map.of(table, List.copyOf(left)))
			.consumedCapacity(consumed)
			.build();
	}

	@Override
	public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
		String table = request.requestItems().keySet().iterator().next();
		List<Map<String, AttributeValue>> keys = request.requestItems().get(table).keys();
		this.batchSizes.add(keys.size());
		int processed = processedCount(keys.size());
		Map<String, List<Map<String, AttributeValue>>> responses = new LinkedHashMap<>();
		if (processed > 0) {
			responses.putAll(this.delegate
				.batchGetItem((r) -> r
					.requestItems(Map.of(table, KeysAndAttributes.builder().keys(keys.subList(0, processed)).build())))
				.responses());
		}
		List<Map<String, AttributeValue>> left = keys.subList(processed, keys.size());
		return BatchGetItemResponse.builder()
			.responses(responses)
			.unprocessedKeys(left.isEmpty() ? Map.of()
					: Map.of(table, KeysAndAttributes.builder().keys(List.copyOf(left)).build()))
			.build();
	}

	@Override
	public GetItemResponse getItem(GetItemRequest request) {
		return this.delegate.getItem(request);
	}

	@Override
	public PutItemResponse putItem(PutItemRequest request) {
		return this.delegate.putItem(request);
	}

	@Override
	public String serviceName() {
		return this.delegate.serviceName();
	}

	@Override
	public void close() {
	}

	private int processedCount(int size) {
		if (this.throttledCalls == 0) {
			return size;
		}
		if (this.throttledCalls > 0) {
			this.throttledCalls--;
			return size / 2;
		}
		return 0;
	}

}
