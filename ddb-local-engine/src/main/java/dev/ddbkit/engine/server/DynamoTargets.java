package dev.ddbkit.engine.server;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteTransactionRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsRequest;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorRequest;
import software.amazon.awssdk.services.dynamodb.model.ListStreamsRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UntagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The DynamoDB actions the server answers, by their {@code X-Amz-Target} name
 * ({@code DynamoDB_20120810.<Action>}, {@code DynamoDBStreams_20120810.<Action>}): each
 * reads its request model, calls the in-process client and returns the response model.
 */
final class DynamoTargets {

	/** The prefix of every DynamoDB target. */
	static final String PREFIX = "DynamoDB_20120810.";

	private final Map<String, Target> targets = new HashMap<>();

	/** The prefix of every DynamoDB Streams target. */
	static final String STREAMS_PREFIX = "DynamoDBStreams_20120810.";

	DynamoTargets(DynamoDbClient client, DynamoDbStreamsClient streams) {
		this.targets.put(STREAMS_PREFIX + "ListStreams",
				new Target(ListStreamsRequest::builder, (r) -> streams.listStreams((ListStreamsRequest) r)));
		this.targets.put(STREAMS_PREFIX + "DescribeStream",
				new Target(DescribeStreamRequest::builder, (r) -> streams.describeStream((DescribeStreamRequest) r)));
		this.targets.put(STREAMS_PREFIX + "GetShardIterator", new Target(GetShardIteratorRequest::builder,
				(r) -> streams.getShardIterator((GetShardIteratorRequest) r)));
		this.targets.put(STREAMS_PREFIX + "GetRecords",
				new Target(GetRecordsRequest::builder, (r) -> streams.getRecords((GetRecordsRequest) r)));
		add("CreateTable", CreateTableRequest::builder, (r) -> client.createTable((CreateTableRequest) r));
		add("DescribeTable", DescribeTableRequest::builder, (r) -> client.describeTable((DescribeTableRequest) r));
		add("DeleteTable", DeleteTableRequest::builder, (r) -> client.deleteTable((DeleteTableRequest) r));
		add("ListTables", ListTablesRequest::builder, (r) -> client.listTables((ListTablesRequest) r));
		add("UpdateTable", UpdateTableRequest::builder, (r) -> client.updateTable((UpdateTableRequest) r));
		add("UpdateTimeToLive", UpdateTimeToLiveRequest::builder,
				(r) -> client.updateTimeToLive((UpdateTimeToLiveRequest) r));
		add("DescribeTimeToLive", DescribeTimeToLiveRequest::builder,
				(r) -> client.describeTimeToLive((DescribeTimeToLiveRequest) r));
		add("TagResource", TagResourceRequest::builder, (r) -> client.tagResource((TagResourceRequest) r));
		add("UntagResource", UntagResourceRequest::builder, (r) -> client.untagResource((UntagResourceRequest) r));
		add("ListTagsOfResource", ListTagsOfResourceRequest::builder,
				(r) -> client.listTagsOfResource((ListTagsOfResourceRequest) r));
		add("DescribeLimits", DescribeLimitsRequest::builder, (r) -> client.describeLimits((DescribeLimitsRequest) r));
		add("PutItem", PutItemRequest::builder, (r) -> client.putItem((PutItemRequest) r));
		add("GetItem", GetItemRequest::builder, (r) -> client.getItem((GetItemRequest) r));
		add("UpdateItem", UpdateItemRequest::builder, (r) -> client.updateItem((UpdateItemRequest) r));
		add("DeleteItem", DeleteItemRequest::builder, (r) -> client.deleteItem((DeleteItemRequest) r));
		add("Query", QueryRequest::builder, (r) -> client.query((QueryRequest) r));
		add("Scan", ScanRequest::builder, (r) -> client.scan((ScanRequest) r));
		add("BatchGetItem", BatchGetItemRequest::builder, (r) -> client.batchGetItem((BatchGetItemRequest) r));
		add("BatchWriteItem", BatchWriteItemRequest::builder, (r) -> client.batchWriteItem((BatchWriteItemRequest) r));
		add("TransactGetItems", TransactGetItemsRequest::builder,
				(r) -> client.transactGetItems((TransactGetItemsRequest) r));
		add("ExecuteStatement", ExecuteStatementRequest::builder,
				(r) -> client.executeStatement((ExecuteStatementRequest) r));
		add("BatchExecuteStatement", BatchExecuteStatementRequest::builder,
				(r) -> client.batchExecuteStatement((BatchExecuteStatementRequest) r));
		add("ExecuteTransaction", ExecuteTransactionRequest::builder,
				(r) -> client.executeTransaction((ExecuteTransactionRequest) r));
		add("TransactWriteItems", TransactWriteItemsRequest::builder,
				(r) -> client.transactWriteItems((TransactWriteItemsRequest) r));
	}

	private void add(String action, Supplier<? extends SdkPojo> builder, Function<Object, SdkPojo> call) {
		this.targets.put(PREFIX + action, new Target(builder, call));
	}

	/** The target for an {@code X-Amz-Target} header, or {@code null} when unknown. */
	@Nullable Target get(@Nullable String header) {
		return (header != null) ? this.targets.get(header) : null;
	}

	/**
	 * One action: a fresh builder of its request model and the call answering a built
	 * request.
	 */
	record Target(Supplier<? extends SdkPojo> builder, Function<Object, SdkPojo> call) {

	}

}
