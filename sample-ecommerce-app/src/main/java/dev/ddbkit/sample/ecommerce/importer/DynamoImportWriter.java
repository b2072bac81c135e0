package dev.ddbkit.sample.ecommerce.importer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import dev.ddbkit.mapping.resilience.DynamoBackoff;
import dev.ddbkit.mapping.resilience.DynamoRetryClassifier;
import dev.ddbkit.mapping.resilience.DynamoRetrySettings;
import dev.ddbkit.mapping.resilience.DynamoRetrySettings.Jitter;
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

	/**
	 * Retry n waits up to min(2 s, 25 ms * 2^n), full jitter: the mapping's one backoff
	 * rule.
	 */
	private static final DynamoBackoff BACKOFF = DynamoBackoff
		.of(new DynamoRetrySettings(MAX_ATTEMPTS, Duration.ofMillis(25), Duration.ofSeconds(2), Jitter.FULL));

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
				if (!DynamoRetryClassifier.isThrottle(ex)) {
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

	private static String key(WriteRequest request) {
		Map<String, AttributeValue> item = request.putRequest().item();
		return item.get("PK").s() + " / " + item.get("SK").s();
	}

	private static void backoff(int attempt) {
		try {
			Thread.sleep(BACKOFF.delayMillis(attempt + 1));
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
