package dev.ddbkit.mapping.observability;

import java.util.Collection;
import java.util.List;

import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.ExecuteTransactionRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteTransactionResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Asks DynamoDB for {@code ReturnConsumedCapacity=INDEXES} and reads the answer. The
 * caller's choice only ever grows: {@code NONE} (or unset) becomes {@code INDEXES} and
 * the capacity is removed from the response again, {@code TOTAL} becomes {@code INDEXES}
 * (a superset: the same totals plus the per-table and per-index breakdown),
 * {@code INDEXES} stays.
 *
 * @see <a href=
 * "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ConsumedCapacity.html">ConsumedCapacity</a>
 */
final class ConsumedCapacityRequests {

	private static final String FIELD = "ReturnConsumedCapacity";

	private static final ReturnConsumedCapacity INDEXES = ReturnConsumedCapacity.INDEXES;

	private ConsumedCapacityRequests() {
	}

	/**
	 * Whether the caller asked for consumed capacity ({@code TOTAL} or {@code INDEXES}).
	 */
	static boolean requested(DynamoDbRequest request) {
		String value = request.getValueForField(FIELD, String.class).orElse(null);
		return value != null && !ReturnConsumedCapacity.NONE.toString().equals(value);
	}

	/** The request asking for {@code INDEXES}; itself when it already does or cannot. */
	static DynamoDbRequest withIndexes(DynamoDbRequest request) {
		if (!supports(request)
				|| INDEXES.toString().equals(request.getValueForField(FIELD, String.class).orElse(null))) {
			return request;
		}
		if (request instanceof GetItemRequest get) {
			return get.toBuilder().returnConsumedCapacity(INDEXES).build();
		}
		if (request instanceof PutItemRequest put) {
			return put.toBuilder().returnConsumedCapacity(INDEXES).build();
		}
		if (request instanceof UpdateItemRequest update) {
			return update.toBuilder().returnConsumedCapacity(INDEXES).build();
		}
		if (request instanceof DeleteItemRequest delete) {
			return delete.toBuilder().returnConsumedCapacity(INDEXES).build();
		}
		if (request instanceof QueryRequest query) {
			return query.toBuilder().returnConsumedCapacity(INDEXES).build();
		}
		if (request instanceof ScanRequest scan) {
			return scan.toBuilder().returnConsumedCapacity(INDEXES).build();
		}
		if (request instanceof BatchGetItemRequest batch) {
			return batch.toBuilder().returnConsumedCapacity(INDEXES).build();
		}
		if (request instanceof BatchWriteItemRequest batch) {
			return batch.toBuilder().returnConsumedCapacity(INDEXES).build();
		}
		if (request instanceof TransactGetItemsRequest transaction) {
			return transaction.toBuilder().returnConsumedCapacity(INDEXES).build();
		}
		if (request instanceof TransactWriteItemsRequest transaction) {
			return transaction.toBuilder().returnConsumedCapacity(INDEXES).build();
		}
		if (request instanceof ExecuteStatementRequest statement) {
			return statement.toBuilder().returnConsumedCapacity(INDEXES).build();
		}
		if (request instanceof BatchExecuteStatementRequest batch) {
			return batch.toBuilder().returnConsumedCapacity(INDEXES).build();
		}
		if (request instanceof ExecuteTransactionRequest transaction) {
			return transaction.toBuilder().returnConsumedCapacity(INDEXES).build();
		}
		return request;
	}

	/** The response without its consumed capacity, as the caller would have had it. */
	static DynamoDbResponse withoutCapacity(DynamoDbResponse response) {
		if (response instanceof GetItemResponse get) {
			return get.toBuilder().consumedCapacity((ConsumedCapacity) null).build();
		}
		if (response instanceof PutItemResponse put) {
			return put.toBuilder().consumedCapacity((ConsumedCapacity) null).build();
		}
		if (response instanceof UpdateItemResponse update) {
			return update.toBuilder().consumedCapacity((ConsumedCapacity) null).build();
		}
		if (response instanceof DeleteItemResponse delete) {
			return delete.toBuilder().consumedCapacity((ConsumedCapacity) null).build();
		}
		if (response instanceof QueryResponse query) {
			return query.toBuilder().consumedCapacity((ConsumedCapacity) null).build();
		}
		if (response instanceof ScanResponse scan) {
			return scan.toBuilder().consumedCapacity((ConsumedCapacity) null).build();
		}
		if (response instanceof ExecuteStatementResponse statement) {
			return statement.toBuilder().consumedCapacity((ConsumedCapacity) null).build();
		}
		if (response instanceof BatchGetItemResponse batch) {
			return batch.toBuilder().consumedCapacity((Collection<ConsumedCapacity>) null).build();
		}
		if (response instanceof BatchWriteItemResponse batch) {
			return batch.toBuilder().consumedCapacity((Collection<ConsumedCapacity>) null).build();
		}
		if (response instanceof TransactGetItemsResponse transaction) {
			return transaction.toBuilder().consumedCapacity((Collection<ConsumedCapacity>) null).build();
		}
		if (response instanceof TransactWriteItemsResponse transaction) {
			return transaction.toBuilder().consumedCapacity((Collection<ConsumedCapacity>) null).build();
		}
		if (response instanceof BatchExecuteStatementResponse batch) {
			return batch.toBuilder().consumedCapacity((Collection<ConsumedCapacity>) null).build();
		}
		if (response instanceof ExecuteTransactionResponse transaction) {
			return transaction.toBuilder().consumedCapacity((Collection<ConsumedCapacity>) null).build();
		}
		return response;
	}

	/** The consumed capacity a response carries: one entry, one per table, or none. */
	static List<ConsumedCapacity> of(DynamoDbResponse response) {
		Object value = response.getValueForField("ConsumedCapacity", Object.class).orElse(null);
		if (value instanceof ConsumedCapacity capacity) {
			return List.of(capacity);
		}
		if (value instanceof List<?> list) {
			return list.stream().filter(ConsumedCapacity.class::isInstance).map(ConsumedCapacity.class::cast).toList();
		}
		return List.of();
	}

	private static boolean supports(DynamoDbRequest request) {
		for (SdkField<?> field : request.sdkFields()) {
			if (FIELD.equals(field.memberName())) {
				return true;
			}
		}
		return false;
	}

}
