package dev.ddbkit.mapping.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ddbkit.mapping.DynamoBatchIncompleteException;
import dev.ddbkit.mapping.DynamoBatchIncompleteException.UnprocessedKey;
import dev.ddbkit.mapping.observability.DynamoEntityScope;
import dev.ddbkit.mapping.resilience.DynamoRetryClassifier;
import dev.ddbkit.mapping.schema.EntitySchema;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.TransientDataAccessException;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Runs batch writes and reads: chunks of 25 writes or 100 keys, what DynamoDB returns
 * unprocessed retried within the {@link DynamoBatchPolicy}, and every key still
 * unprocessed at the end reported in one {@link DynamoBatchIncompleteException} after all
 * chunks were tried. A chunk that fails as a whole with a transient error (e.g.
 * throttled) counts as unprocessed and is retried the same way.
 */
final class BatchExecutor {

	static final int MAX_WRITES = 25;

	static final int MAX_READS = 100;

	private final DynamoDbClient client;

	private final DynamoExceptionTranslator translator;

	private DynamoBatchPolicy policy = DynamoBatchPolicy.DEFAULT;

	BatchExecutor(DynamoDbClient client, DynamoExceptionTranslator translator) {
		this.client = client;
		this.translator = translator;
	}

	void setPolicy(DynamoBatchPolicy policy) {
		this.policy = policy;
	}

	/**
	 * Writes every request; requests are deduplicated by table and key beforehand (the
	 * last one wins), as DynamoDB rejects a batch with two requests for one item.
	 */
	DynamoBatchResult write(List<TableWrite> writes) {
		return write(writes, DynamoEntityScope
			.of(writes.stream().map(TableWrite::entity).filter(java.util.Objects::nonNull).toList()));
	}

	/** Writes every request for the given entity tag (deletes carry no entity type). */
	DynamoBatchResult write(List<TableWrite> writes, String entity) {
		Map<String, TableWrite> unique = new LinkedHashMap<>();
		for (TableWrite write : writes) {
			String id = write.tableName() + '\u0000' + write.key();
			unique.remove(id);
			unique.put(id, write);
		}
		List<TableWrite> all = new ArrayList<>(unique.values());
		List<UnprocessedKey> unprocessed = new ArrayList<>();
		DataAccessException lastError = null;
		long requests = 0;
		long throttles = 0;
		double capacity = 0;
		for (int start = 0; start < all.size(); start += MAX_WRITES) {
			Map<String, List<WriteRequest>> pending = new LinkedHashMap<>();
			for (TableWrite write : all.subList(start, Math.min(start + MAX_WRITES, all.size()))) {
				pending.computeIfAbsent(write.tableName(), (t) -> new ArrayList<>()).add(write.request());
			}
			for (int attempt = 1; !pending.isEmpty(); attempt++) {
				requests++;
				try {
					BatchWriteItemResponse response = DynamoEntityScope.call(entity,
							() -> this.client.batchWriteItem((request) -> request.requestItems(copy(pending))
								.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)));
					for (ConsumedCapacity consumed : response.consumedCapacity()) {
						capacity += (consumed.capacityUnits() != null) ? consumed.capacityUnits() : 0;
					}
					pending.clear();
					if (response.hasUnprocessedItems()) {
						response.unprocessedItems().forEach((table, left) -> {
							if (!left.isEmpty()) {
								pending.put(table, new ArrayList<>(left));
							}
						});
					}
				}
				catch (SdkException ex) {
					lastError = transientOrThrow(ex, "BatchWriteItem");
					throttles += DynamoRetryClassifier.isThrottle(ex) ? 1 : 0;
				}
				if (pending.isEmpty() || attempt == this.policy.maxAttempts()) {
					break;
				}
				pause(attempt);
			}
			pending.forEach((table, left) -> left.forEach((request) -> unprocessed.add(unprocessed(table, request))));
		}
		if (!unprocessed.isEmpty()) {
			throw new DynamoBatchIncompleteException(
					"Batch write left " + unprocessed.size() + " of " + all.size() + " requests unprocessed after "
							+ this.policy.maxAttempts() + " attempts per chunk: " + unprocessed,
					unprocessed, lastError);
		}
		long chunks = (all.size() + MAX_WRITES - 1) / MAX_WRITES;
		return new DynamoBatchResult(all.size(), capacity, requests, requests - chunks, throttles);
	}

	/** Reads every key of one table; returns the items found, in no particular order. */
	List<Map<String, AttributeValue>> read(String entity, String tableName, List<Map<String, AttributeValue>> keys,
			boolean consistentRead) {
		Map<Map<String, AttributeValue>, Boolean> distinct = new LinkedHashMap<>();
		keys.forEach((key) -> distinct.put(key, Boolean.TRUE));
		List<Map<String, AttributeValue>> unique = new ArrayList<>(distinct.keySet());
		List<Map<String, AttributeValue>> items = new ArrayList<>();
		List<UnprocessedKey> unprocessed = new ArrayList<>();
		DataAccessException lastError = null;
		for (int start = 0; start < unique.size(); start += MAX_READS) {
			List<Map<String, AttributeValue>> pending = new ArrayList<>(
					unique.subList(start, Math.min(start + MAX_READS, unique.size())));
			for (int attempt = 1; !pending.isEmpty(); attempt++) {
				try {
					List<Map<String, AttributeValue>> request = List.copyOf(pending);
					BatchGetItemResponse response = DynamoEntityScope
						.call(entity, () -> this.client.batchGetItem((builder) -> builder.requestItems(Map.of(tableName,
								KeysAndAttributes.builder().keys(request).consistentRead(consistentRead).build()))));
					if (response.hasResponses() && response.responses().containsKey(tableName)) {
						items.addAll(response.responses().get(tableName));
					}
					pending.clear();
					KeysAndAttributes left = response.hasUnprocessedKeys() ? response.unprocessedKeys().get(tableName)
							: null;
					if (left != null && left.hasKeys()) {
						pending.addAll(left.keys());
					}
				}
				catch (SdkException ex) {
					lastError = transientOrThrow(ex, "BatchGetItem");
				}
				if (pending.isEmpty() || attempt == this.policy.maxAttempts()) {
					break;
				}
				pause(attempt);
			}
			pending.forEach((key) -> unprocessed.add(new UnprocessedKey(tableName, "GET", strings(key))));
		}
		if (!unprocessed.isEmpty()) {
			throw new DynamoBatchIncompleteException(
					"Batch read left " + unprocessed.size() + " of " + unique.size() + " keys unread after "
							+ this.policy.maxAttempts() + " attempts per chunk: " + unprocessed,
					unprocessed, lastError);
		}
		return items;
	}

	private DataAccessException transientOrThrow(SdkException ex, String operation) {
		DataAccessException translated = this.translator.translate(ex, operation, null);
		if (!(translated instanceof TransientDataAccessException)) {
			throw translated;
		}
		return translated;
	}

	private void pause(int attempt) {
		try {
			this.policy.sleeper().sleep(this.policy.delay(attempt));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new org.springframework.dao.DataAccessResourceFailureException("Interrupted while retrying a batch",
					ex);
		}
	}

	private static Map<String, List<WriteRequest>> copy(Map<String, List<WriteRequest>> pending) {
		Map<String, List<WriteRequest>> copy = new LinkedHashMap<>();
		pending.forEach((table, requests) -> copy.put(table, List.copyOf(requests)));
		return copy;
	}

	private static UnprocessedKey unprocessed(String table, WriteRequest request) {
		if (request.putRequest() != null) {
			Map<String, AttributeValue> item = request.putRequest().item();
			Map<String, AttributeValue> key = new LinkedHashMap<>();
			key.put(EntitySchema.PARTITION_KEY_ATTRIBUTE, item.get(EntitySchema.PARTITION_KEY_ATTRIBUTE));
			key.put(EntitySchema.SORT_KEY_ATTRIBUTE, item.get(EntitySchema.SORT_KEY_ATTRIBUTE));
			return new UnprocessedKey(table, "PUT", strings(key));
		}
		return new UnprocessedKey(table, "DELETE", strings(request.deleteRequest().key()));
	}

	private static Map<String, String> strings(Map<String, AttributeValue> key) {
		Map<String, String> strings = new LinkedHashMap<>();
		key.forEach((name, value) -> strings.put(name,
				(value != null && value.s() != null) ? value.s() : String.valueOf(value)));
		return strings;
	}

	/**
	 * One write of a batch.
	 *
	 * @param tableName the table
	 * @param key the item's key, for deduplication
	 * @param request the put or delete
	 */
	record TableWrite(String tableName, Map<String, String> key, WriteRequest request) {

		/** The entity type the write is for ({@code _type} of a put), if known. */
		@Nullable String entity() {
			AttributeValue type = (this.request.putRequest() != null)
					? this.request.putRequest().item().get(EntitySchema.TYPE_ATTRIBUTE) : null;
			return (type != null) ? type.s() : null;
		}

	}

}
