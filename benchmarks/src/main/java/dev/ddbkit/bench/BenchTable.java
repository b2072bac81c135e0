package dev.ddbkit.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The benchmark table and its items. Table {@code PK}/{@code SK} (S), index {@code GSI1}
 * on {@code GSI1PK}/{@code GSI1SK} (S, projection ALL), on-demand.
 * <p>
 * Item {@code i} lives in partition {@code P#<i/100>} under sort key {@code I#<i%100>}
 * (two digits), so a partition holds {@link #PARTITION_SIZE} items and
 * {@code begins_with(SK, "I#3")} selects 10 of them; its index partition is
 * {@code G#<i % (n/100)>}, again 100 items per index key. Every item is about 200 bytes
 * (DynamoDB's item size: names plus values).
 */
public final class BenchTable {

	/** Items per table partition and per index partition. */
	public static final int PARTITION_SIZE = 100;

	/** The index queried by the GSI workload. */
	public static final String INDEX = "GSI1";

	/** 140 characters of payload, which brings an item to about 200 bytes. */
	static final String PAYLOAD = "x".repeat(140);

	private static final int BATCH = 25;

	/** Threads that preload a table. */
	static final int LOADERS = 8;

	private BenchTable() {
	}

	/** Creates the table with its index. */
	public static void create(DynamoDbClient client, String table) {
		client.createTable((request) -> request.tableName(table)
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.attributeDefinitions(string("PK"), string("SK"), string("GSI1PK"), string("GSI1SK"))
			.keySchema(key("PK", KeyType.HASH), key("SK", KeyType.RANGE))
			.globalSecondaryIndexes(GlobalSecondaryIndex.builder()
				.indexName(INDEX)
				.keySchema(key("GSI1PK", KeyType.HASH), key("GSI1SK", KeyType.RANGE))
				.projection((projection) -> projection.projectionType(ProjectionType.ALL))
				.build()));
	}

	/** The partition key of item {@code i}. */
	public static String partition(long i) {
		return "P#" + (i / PARTITION_SIZE);
	}

	/** The sort key of item {@code i}. */
	public static String sort(long i) {
		long slot = i % PARTITION_SIZE;
		return (slot < 10) ? "I#0" + slot : "I#" + slot;
	}

	/** The index partition key of item {@code i} in a table of {@code n} items. */
	public static String indexPartition(long i, int n) {
		return "G#" + (i % Math.max(1, n / PARTITION_SIZE));
	}

	/** The primary key of item {@code i}. */
	public static Map<String, AttributeValue> key(long i) {
		return Map.of("PK", AttributeValue.fromS(partition(i)), "SK", AttributeValue.fromS(sort(i)));
	}

	/**
	 * Item {@code i} of a table of {@code n} items, about 200 bytes, {@code version} 1.
	 */
	public static Map<String, AttributeValue> item(long i, int n) {
		Map<String, AttributeValue> item = new HashMap<>();
		item.put("PK", AttributeValue.fromS(partition(i)));
		item.put("SK", AttributeValue.fromS(sort(i)));
		item.put("GSI1PK", AttributeValue.fromS(indexPartition(i, n)));
		item.put("GSI1SK", AttributeValue.fromS(partition(i) + "#" + sort(i)));
		item.put("data", AttributeValue.fromS(PAYLOAD));
		item.put("n", AttributeValue.fromN(Long.toString(i)));
		item.put("version", AttributeValue.fromN("1"));
		return item;
	}

	/**
	 * Writes items {@code 0..n-1} with BatchWriteItem calls of 25 from {@link #LOADERS}
	 * threads, retrying unprocessed items. Concurrent loaders keep the preload of HTTP
	 * backends short, where each call waits on a round trip.
	 */
	public static void load(DynamoDbClient client, String table, int n) {
		ExecutorService loaders = Executors.newFixedThreadPool(LOADERS);
		try {
			List<Future<Integer>> calls = new ArrayList<>();
			for (int first = 0; first < n; first += BATCH) {
				int from = first;
				calls.add(loaders.submit(() -> writeFully(client, table, batch(from, Math.min(n, from + BATCH), n))));
			}
			for (Future<Integer> call : calls) {
				call.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while loading " + table, ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Loading " + table + " failed", ex.getCause());
		}
		finally {
			loaders.shutdownNow();
		}
	}

	private static List<WriteRequest> batch(int from, int to, int n) {
		List<WriteRequest> batch = new ArrayList<>(to - from);
		for (int i = from; i < to; i++) {
			batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item(i, n)).build()).build());
		}
		return batch;
	}

	/**
	 * One BatchWriteItem, then again with its UnprocessedItems until none are left (local
	 * backends do not throttle, so this loop normally runs once).
	 */
	public static int writeFully(DynamoDbClient client, String table, List<WriteRequest> requests) {
		Map<String, List<WriteRequest>> pending = Map.of(table, requests);
		int calls = 0;
		while (!pending.isEmpty()) {
			Map<String, List<WriteRequest>> current = pending;
			BatchWriteItemResponse response = client.batchWriteItem((request) -> request.requestItems(current));
			pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
			calls++;
		}
		return calls;
	}

	private static AttributeDefinition string(String name) {
		return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
	}

	private static KeySchemaElement key(String name, KeyType type) {
		return KeySchemaElement.builder().attributeName(name).keyType(type).build();
	}

}
