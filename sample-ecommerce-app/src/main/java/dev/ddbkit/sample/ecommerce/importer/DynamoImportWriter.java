package dev.ddbkit.sample.ecommerce.importer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongConsumer;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Writes items to one table with BatchWriteItem, 25 per request, asking for the consumed
 * capacity. Unprocessed items are sent again and throttled requests repeated, both after
 * an exponential backoff with full jitter; a batch still unwritten after the last attempt
 * fails the import with its keys, so nothing is lost silently.
 *
 * @see <a href=
 * "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html">BatchWriteItem</a>
 */
final class DynamoImportWriter {

	/** DynamoDB's limit of put requests per BatchWriteItem call. */
	static final int BATCH_SIZE = 25;

	private static final int MAX_ATTEMPTS = 12;

	private static final long BASE_DELAY_MILLIS = 25;

	private static final long MAX_DELAY_MILLIS = 2_000;

	private final DynamoDbClient client;

	private final String tableName;

	DynamoImportWriter(DynamoDbClient client, String tableName) {
		this.client = client;
		this.tableName = tableName;
	}

	/**
	 * Writes the items; items with the same key are merged first (the last one wins),
	 * since a batch may not hold a key twice.
	 * @param items the items, with their key attributes {@code PK} and {@code SK}
	 * @param progress told the number of items written so far after every batch
	 * @return what it took
	 * @throws IllegalStateException when a batch could not be written
	 */
	ImportReport write(List<Map<String, AttributeValue>> items, LongConsumer progress) {
		long start = System.nanoTime();
		Map<String, Map<String, AttributeValue>> byKey = new LinkedHashMap<>();
		for (Map<String, AttributeValue> item : items) {
			byKey.put(item.get("PK").s() + "\u0000" + item.get("SK").s(), item);
		}
		List<Map<String, AttributeValue>> unique = new ArrayList<>(byKey.values());
		Counters counters = new Counters();
		for (int from = 0; from < unique.size(); from += BATCH_SIZE) {
			List<WriteRequest> batch = new ArrayList<>();
			for (Map<String, AttributeValue> item : unique.subList(from, Math.min(from + BATCH_SIZE, unique.size()))) {
				batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
			}
			writeBatch(batch, counters);
			counters.written += batch.size();
			progress.accept(counters.written);
		}
		return new ImportReport(counters.written, counters.capacityUnits, counters.retries, counters.throttles,
				Duration.ofNanos(System.nanoTime() - start));
	}

	private void writeBatch(List<WriteRequest> batch, Counters counters) {
		List<WriteRequest> pending = batch;
		for (int attempt = 1;; attempt++) {
			List<WriteRequest> sending = pending;
			try {
				BatchWriteItemResponse response = this.client
					.batchWriteItem((request) -> request.requestItems(Map.of(this.tableName, sending))
						.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
				for (ConsumedCapacity capacity : response.consumedCapacity()) {
					counters.capacityUnits += (capacity.capacityUnits() != null) ? capacity.capacityUnits() : 0;
				}
				List<WriteRequest> unprocessed = response.unprocessedItems().getOrDefault(this.tableName, List.of());
				if (unprocessed.isEmpty()) {
					return;
				}
				counters.retries++;
				pending = unprocessed;
			}
			catch (DynamoDbException ex) {
				if (!isThrottle(ex)) {
					throw ex;
				}
				counters.throttles++;
			}
			if (attempt == MAX_ATTEMPTS) {
				throw new IllegalStateException(pending.size() + " items still unwritten after " + MAX_ATTEMPTS
						+ " attempts, first key " + key(pending.get(0)));
			}
			backoff(attempt);
		}
	}

	// ProvisionedThroughputExceeded, RequestLimitExceeded and ThrottlingException are the
	// throttles DynamoDB answers a write with.
	private static boolean isThrottle(DynamoDbException ex) {
		String code = (ex.awsErrorDetails() != null) ? ex.awsErrorDetails().errorCode() : null;
		return ex.isThrottlingException() || "ProvisionedThroughputExceededException".equals(code)
				|| "RequestLimitExceeded".equals(code) || "ThrottlingException".equals(code);
	}

	private static String key(WriteRequest request) {
		Map<String, AttributeValue> item = request.putRequest().item();
		return item.get("PK").s() + " / " + item.get("SK").s();
	}

	private static void backoff(int attempt) {
		long cap = Math.min(MAX_DELAY_MILLIS, BASE_DELAY_MILLIS << Math.min(attempt, 16));
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(cap + 1));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while backing off", ex);
		}
	}

	private static final class Counters {

		long written;

		double capacityUnits;

		long retries;

		long throttles;

	}

}
