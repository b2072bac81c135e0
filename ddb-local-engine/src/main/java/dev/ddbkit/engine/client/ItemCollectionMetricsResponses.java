package dev.ddbkit.engine.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ddbkit.engine.operation.ItemCollectionMetricsOperation;
import dev.ddbkit.engine.operation.ItemCollectionMetricsOperation.Metrics;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.ReturnItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The ItemCollectionMetrics members of write responses when ReturnItemCollectionMetrics
 * is SIZE: one entry per item collection written, for tables with a local secondary index
 * only (API Reference, "PutItem"/"UpdateItem"/"DeleteItem"/"BatchWriteItem"/
 * "TransactWriteItems", ReturnItemCollectionMetrics).
 */
final class ItemCollectionMetricsResponses {

	private final ItemCollectionMetricsOperation metrics;

	ItemCollectionMetricsResponses(ItemCollectionMetricsOperation metrics) {
		this.metrics = metrics;
	}

	/** The metrics of a single-item write, or {@code null} when none are due. */
	@Nullable ItemCollectionMetrics single(@Nullable ReturnItemCollectionMetrics asked, String table,
			Map<String, AttributeValue> itemOrKey) {
		return (asked == ReturnItemCollectionMetrics.SIZE) ? of(table, itemOrKey) : null;
	}

	/** The metrics of the collections a batch wrote (its unprocessed writes left out). */
	@Nullable Map<String, List<ItemCollectionMetrics>> batch(BatchWriteItemRequest request,
			Map<String, List<WriteRequest>> unprocessed) {
		if (request.returnItemCollectionMetrics() != ReturnItemCollectionMetrics.SIZE) {
			return null;
		}
		Map<String, List<Map<String, AttributeValue>>> written = new LinkedHashMap<>();
		request.requestItems().forEach((table, writes) -> {
			List<WriteRequest> skipped = unprocessed.getOrDefault(table, List.of());
			for (WriteRequest write : writes) {
				if (!skipped.contains(write)) {
					written.computeIfAbsent(table, (name) -> new ArrayList<>())
						.add((write.putRequest() != null) ? write.putRequest().item() : write.deleteRequest().key());
				}
			}
		});
		return collections(written);
	}

	/**
	 * The metrics of the collections a transaction wrote (condition checks write none).
	 */
	@Nullable Map<String, List<ItemCollectionMetrics>> transaction(TransactWriteItemsRequest request) {
		if (request.returnItemCollectionMetrics() != ReturnItemCollectionMetrics.SIZE) {
			return null;
		}
		Map<String, List<Map<String, AttributeValue>>> written = new LinkedHashMap<>();
		for (TransactWriteItem action : request.transactItems()) {
			if (action.put() != null) {
				written.computeIfAbsent(action.put().tableName(), (name) -> new ArrayList<>()).add(action.put().item());
			}
			else if (action.update() != null) {
				written.computeIfAbsent(action.update().tableName(), (name) -> new ArrayList<>())
					.add(action.update().key());
			}
			else if (action.delete() != null) {
				written.computeIfAbsent(action.delete().tableName(), (name) -> new ArrayList<>())
					.add(action.delete().key());
			}
		}
		return collections(written);
	}

	private @Nullable Map<String, List<ItemCollectionMetrics>> collections(
			Map<String, List<Map<String, AttributeValue>>> written) {
		Map<String, List<ItemCollectionMetrics>> byTable = new LinkedHashMap<>();
		written.forEach((table, items) -> {
			Set<ItemCollectionMetrics> distinct = new LinkedHashSet<>();
			for (Map<String, AttributeValue> item : items) {
				ItemCollectionMetrics collection = of(table, item);
				if (collection != null) {
					distinct.add(collection);
				}
			}
			if (!distinct.isEmpty()) {
				byTable.put(table, List.copyOf(distinct));
			}
		});
		return byTable.isEmpty() ? null : byTable;
	}

	private @Nullable ItemCollectionMetrics of(String table, Map<String, AttributeValue> itemOrKey) {
		Metrics collection = this.metrics.of(table, ValueConverter.toValues(itemOrKey));
		if (collection == null) {
			return null;
		}
		return ItemCollectionMetrics.builder()
			.itemCollectionKey(
					Map.of(collection.partitionKeyName(), ValueConverter.fromValue(collection.partitionKey())))
			.sizeEstimateRangeGB(collection.lowerGigabytes(), collection.upperGigabytes())
			.build();
	}

}
