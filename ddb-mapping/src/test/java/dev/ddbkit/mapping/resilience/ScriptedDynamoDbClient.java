package dev.ddbkit.mapping.resilience;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * A fake DynamoDB that answers each call with the next scripted step (an exception to
 * throw or a response to return) and records every request it receives.
 */
public final class ScriptedDynamoDbClient implements DynamoDbClient {

	private final Deque<Object> steps = new ArrayDeque<>();

	private final List<DynamoDbRequest> requests = new ArrayList<>();

	private Runnable onCall = () -> {
	};

	private boolean closed;

	/** Scripts the next answers, in order: exceptions are thrown, responses returned. */
	public ScriptedDynamoDbClient then(Object... answers) {
		for (Object answer : answers) {
			this.steps.add(answer);
		}
		return this;
	}

	/** Scripts {@code times} copies of an answer. */
	public ScriptedDynamoDbClient thenRepeat(int times, Object answer) {
		for (int i = 0; i < times; i++) {
			this.steps.add(answer);
		}
		return this;
	}

	/** Runs before each call answers, e.g. to move a clock. */
	public ScriptedDynamoDbClient onCall(Runnable onCall) {
		this.onCall = onCall;
		return this;
	}

	public List<DynamoDbRequest> requests() {
		return this.requests;
	}

	public boolean isClosed() {
		return this.closed;
	}

	@Override
	public GetItemResponse getItem(GetItemRequest request) {
		return answer(request, GetItemResponse.class);
	}

	@Override
	public PutItemResponse putItem(PutItemRequest request) {
		return answer(request, PutItemResponse.class);
	}

	@Override
	public UpdateItemResponse updateItem(UpdateItemRequest request) {
		return answer(request, UpdateItemResponse.class);
	}

	@Override
	public DeleteItemResponse deleteItem(DeleteItemRequest request) {
		return answer(request, DeleteItemResponse.class);
	}

	@Override
	public QueryResponse query(QueryRequest request) {
		return answer(request, QueryResponse.class);
	}

	@Override
	public ScanResponse scan(ScanRequest request) {
		return answer(request, ScanResponse.class);
	}

	@Override
	public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
		return answer(request, BatchGetItemResponse.class);
	}

	@Override
	public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
		return answer(request, BatchWriteItemResponse.class);
	}

	@Override
	public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
		return answer(request, TransactWriteItemsResponse.class);
	}

	@Override
	public ListTablesResponse listTables(ListTablesRequest request) {
		return answer(request, ListTablesResponse.class);
	}

	@Override
	public String serviceName() {
		return SERVICE_NAME;
	}

	@Override
	public void close() {
		this.closed = true;
	}

	private <T> T answer(DynamoDbRequest request, Class<T> responseType) {
		this.requests.add(request);
		this.onCall.run();
		Object step = this.steps.poll();
		if (step == null) {
			throw new AssertionError("No answer scripted for " + request);
		}
		if (step instanceof RuntimeException failure) {
			throw failure;
		}
		return responseType.cast(step);
	}

}
