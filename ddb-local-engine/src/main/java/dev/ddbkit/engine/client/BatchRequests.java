package dev.ddbkit.engine.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.operation.BatchGetItemOperation;
import dev.ddbkit.engine.operation.BatchWriteItemOperation;
import dev.ddbkit.engine.operation.ExpressionInput;
import dev.ddbkit.engine.operation.TransactGetItemsOperation;
import dev.ddbkit.engine.operation.TransactWriteItemsOperation.Kind;
import dev.ddbkit.engine.operation.TransactWriteItemsOperation;
import dev.ddbkit.engine.value.Item;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * SDK batch and transaction requests in engine terms, and their answers back.
 */
final class BatchRequests {

	private BatchRequests() {
	}

	static Map<String, List<BatchWriteItemOperation.WriteRequest>> batchWrite(BatchWriteItemRequest request) {
		Map<String, List<BatchWriteItemOperation.WriteRequest>> items = new LinkedHashMap<>();
		request.requestItems().forEach((table, writes) -> {
			List<BatchWriteItemOperation.WriteRequest> converted = new ArrayList<>();
			for (WriteRequest write : writes) {
				if (write.putRequest() != null && write.deleteRequest() != null
						|| write.putRequest() == null && write.deleteRequest() == null) {
					throw EngineException
						.validation("Supplied WriteRequest must contain exactly one of PutRequest or DeleteRequest");
				}
				converted.add((write.putRequest() != null)
						? new BatchWriteItemOperation.WriteRequest(ValueConverter.toItem(write.putRequest().item()),
								null)
						: new BatchWriteItemOperation.WriteRequest(null,
								ValueConverter.toValues(write.deleteRequest().key())));
			}
			items.put(table, converted);
		});
		return items;
	}

	/** Throttled writes, as the SDK's UnprocessedItems. */
	static Map<String, List<WriteRequest>> unprocessedItems(
			Map<String, List<BatchWriteItemOperation.WriteRequest>> unprocessed) {
		Map<String, List<WriteRequest>> items = new LinkedHashMap<>();
		unprocessed.forEach((table, writes) -> items.put(table, writes.stream()
			.map((write) -> (write.putItem() != null)
					? WriteRequest.builder()
						.putRequest(PutRequest.builder().item(ValueConverter.fromItem(write.putItem())).build())
						.build()
					: WriteRequest.builder()
						.deleteRequest(
								DeleteRequest.builder().key(ValueConverter.fromValues(write.deleteKey())).build())
						.build())
			.toList()));
		return items;
	}

	static Map<String, BatchGetItemOperation.TableKeys> batchGet(BatchGetItemRequest request) {
		Map<String, BatchGetItemOperation.TableKeys> items = new LinkedHashMap<>();
		request.requestItems().forEach((table, keys) -> {
			boolean old = new LegacyRequests()
				.expression(keys.hasExpressionAttributeNames(), "ExpressionAttributeNames")
				.expression(keys.projectionExpression() != null, "ProjectionExpression")
				.legacy(keys.hasAttributesToGet(), "AttributesToGet")
				.check();
			items.put(table,
					new BatchGetItemOperation.TableKeys(keys.keys().stream().map(ValueConverter::toValues).toList(),
							keys.projectionExpression(),
							Requests.expressions(keys.hasExpressionAttributeNames(), keys.expressionAttributeNames(),
									false, Map.of()),
							Requests.isTrue(keys.consistentRead()),
							LegacyRequests.attributesToGet(old, keys.attributesToGet())));
		});
		return items;
	}

	static BatchGetItemResponse batchGetResponse(BatchGetItemOperation.Result result,
			@Nullable String returnConsumedCapacity) {
		Map<String, List<Map<String, AttributeValue>>> responses = new LinkedHashMap<>();
		result.responses().forEach((table, items) -> responses.put(table, Requests.fromItems(items)));
		Map<String, KeysAndAttributes> unprocessed = new LinkedHashMap<>();
		result.unprocessedKeys().forEach((table, keys) -> {
			KeysAndAttributes.Builder builder = KeysAndAttributes.builder()
				.keys(keys.keys().stream().map(ValueConverter::fromValues).toList())
				.projectionExpression(keys.projection())
				.consistentRead(keys.consistentRead());
			if (keys.attributesToGet() != null) {
				builder.attributesToGet(keys.attributesToGet());
			}
			if (keys.expressions().names() != null) {
				builder.expressionAttributeNames(keys.expressions().names());
			}
			unprocessed.put(table, builder.build());
		});
		return BatchGetItemResponse.builder()
			.responses(responses)
			.unprocessedKeys(unprocessed)
			.consumedCapacity(ConsumedCapacities.of(result.capacities(), returnConsumedCapacity))
			.build();
	}

	static TransactWriteItemsOperation.Request transactWrite(TransactWriteItemsRequest request) {
		List<TransactWriteItemsOperation.Action> actions = new ArrayList<>();
		for (TransactWriteItem item : request.transactItems()) {
			actions.add(action(item));
		}
		return new TransactWriteItemsOperation.Request(actions, request.clientRequestToken());
	}

	private static TransactWriteItemsOperation.Action action(TransactWriteItem item) {
		if (item.conditionCheck() != null) {
			ConditionCheck check = item.conditionCheck();
			return new TransactWriteItemsOperation.Action(Kind.CONDITION_CHECK, check.tableName(), null,
					ValueConverter.toValues(check.key()), null, check.conditionExpression(),
					Requests.expressions(check.hasExpressionAttributeNames(), check.expressionAttributeNames(),
							check.hasExpressionAttributeValues(), check.expressionAttributeValues()),
					Requests.returnOldOnFailure(check.returnValuesOnConditionCheckFailureAsString()));
		}
		if (item.put() != null) {
			Put put = item.put();
			return new TransactWriteItemsOperation.Action(Kind.PUT, put.tableName(), ValueConverter.toItem(put.item()),
					null, null, put.conditionExpression(),
					Requests.expressions(put.hasExpressionAttributeNames(), put.expressionAttributeNames(),
							put.hasExpressionAttributeValues(), put.expressionAttributeValues()),
					Requests.returnOldOnFailure(put.returnValuesOnConditionCheckFailureAsString()));
		}
		if (item.delete() != null) {
			Delete delete = item.delete();
			return new TransactWriteItemsOperation.Action(Kind.DELETE, delete.tableName(), null,
					ValueConverter.toValues(delete.key()), null, delete.conditionExpression(),
					Requests.expressions(delete.hasExpressionAttributeNames(), delete.expressionAttributeNames(),
							delete.hasExpressionAttributeValues(), delete.expressionAttributeValues()),
					Requests.returnOldOnFailure(delete.returnValuesOnConditionCheckFailureAsString()));
		}
		if (item.update() != null) {
			Update update = item.update();
			return new TransactWriteItemsOperation.Action(Kind.UPDATE, update.tableName(), null,
					ValueConverter.toValues(update.key()), update.updateExpression(), update.conditionExpression(),
					Requests.expressions(update.hasExpressionAttributeNames(), update.expressionAttributeNames(),
							update.hasExpressionAttributeValues(), update.expressionAttributeValues()),
					Requests.returnOldOnFailure(update.returnValuesOnConditionCheckFailureAsString()));
		}
		throw EngineException.validation("TransactItems can only contain one of Check, Put, Update or Delete");
	}

	static List<TransactGetItemsOperation.Get> transactGet(List<TransactGetItem> items) {
		List<TransactGetItemsOperation.Get> gets = new ArrayList<>();
		for (TransactGetItem item : items) {
			if (item.get() == null) {
				throw EngineException.validation(
						"1 validation error detected: Value null at 'transactItems.member.get' failed to satisfy constraint: Member must not be null");
			}
			gets.add(new TransactGetItemsOperation.Get(item.get().tableName(),
					ValueConverter.toValues(item.get().key()), item.get().projectionExpression(),
					item.get().hasExpressionAttributeNames()
							? new ExpressionInput(item.get().expressionAttributeNames(), null) : ExpressionInput.NONE));
		}
		return gets;
	}

	static List<ItemResponse> itemResponses(List<Item> items) {
		List<ItemResponse> responses = new ArrayList<>();
		for (Item item : items) {
			responses.add((item != null) ? ItemResponse.builder().item(SdkViews.item(item)).build()
					: ItemResponse.builder().build());
		}
		return responses;
	}

}
