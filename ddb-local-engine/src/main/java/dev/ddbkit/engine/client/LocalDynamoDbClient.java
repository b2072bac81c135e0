package dev.ddbkit.engine.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import dev.ddbkit.engine.capacity.CapacityBreakdown;
import dev.ddbkit.engine.capacity.ThroughputSettings;
import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.operation.BatchWriteItemOperation;
import dev.ddbkit.engine.operation.Operations;
import dev.ddbkit.engine.operation.ReadResult;
import dev.ddbkit.engine.operation.TableAdminOperations;
import dev.ddbkit.engine.operation.TransactGetItemsOperation;
import dev.ddbkit.engine.operation.WriteResult;
import dev.ddbkit.engine.partiql.DynamoPartiql;
import dev.ddbkit.engine.storage.TableStore;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbServiceClientConfiguration;
import software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveResponse;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.ExecuteTransactionRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteTransactionResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.Tag;
import software.amazon.awssdk.services.dynamodb.model.TagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.TagResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UntagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.UntagResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * The SDK's {@link DynamoDbClient} answered in process by the engine: no sockets, no
 * serialization; SDK values are converted to engine values on the way in and back on the
 * way out, and engine errors become the exceptions the SDK would raise for DynamoDB's
 * answer (same type, message, error code and status).
 * <p>
 * Thread-safe. Operations the engine does not implement throw
 * {@link UnsupportedOperationException}, as the interface's defaults do.
 */
public final class LocalDynamoDbClient implements DynamoDbClient {

	/**
	 * DynamoDB's default account-wide quota per Region, in read or write capacity units
	 * (Developer Guide, "Quotas").
	 */
	private static final long DEFAULT_ACCOUNT_MAX_UNITS = 80_000;

	private final Operations operations;

	private final ItemCollectionMetricsResponses collectionMetrics;

	private final DynamoPartiql partiql;

	public LocalDynamoDbClient(Operations operations) {
		this.operations = operations;
		this.collectionMetrics = new ItemCollectionMetricsResponses(operations.itemCollectionMetrics());
		this.partiql = new DynamoPartiql(operations);
	}

	@Override
	public CreateTableResponse createTable(CreateTableRequest request) {
		return call(() -> {
			TableStore table = this.operations.createTable().execute(TableRequests.createTable(request));
			return CreateTableResponse.builder().tableDescription(describe(table, TableStatus.ACTIVE)).build();
		});
	}

	@Override
	public DescribeTableResponse describeTable(DescribeTableRequest request) {
		return call(() -> DescribeTableResponse.builder()
			.table(describe(this.operations.tableAdmin().describe(request.tableName()), TableStatus.ACTIVE))
			.build());
	}

	@Override
	public DeleteTableResponse deleteTable(DeleteTableRequest request) {
		return call(() -> DeleteTableResponse.builder()
			.tableDescription(describe(this.operations.tableAdmin().delete(request.tableName()), TableStatus.DELETING))
			.build());
	}

	@Override
	public ListTablesResponse listTables(ListTablesRequest request) {
		return call(() -> {
			TableAdminOperations.TableNames names = this.operations.tableAdmin()
				.list(request.exclusiveStartTableName(), request.limit());
			return ListTablesResponse.builder()
				.tableNames(names.names())
				.lastEvaluatedTableName(names.lastEvaluatedTableName())
				.build();
		});
	}

	@Override
	public ListTablesResponse listTables() {
		return listTables(ListTablesRequest.builder().build());
	}

	@Override
	public PutItemResponse putItem(PutItemRequest request) {
		return call(() -> {
			WriteResult result = this.operations.putItem().execute(ItemRequests.put(request));
			return PutItemResponse.builder()
				.attributes(SdkViews.item(result.attributes()))
				.consumedCapacity(ConsumedCapacities.of(result.capacity(), request.returnConsumedCapacityAsString()))
				.itemCollectionMetrics(this.collectionMetrics.single(request.returnItemCollectionMetrics(),
						request.tableName(), request.item()))
				.build();
		});
	}

	@Override
	public GetItemResponse getItem(GetItemRequest request) {
		return call(() -> {
			ReadResult result = this.operations.getItem().execute(ItemRequests.get(request));
			return GetItemResponse.builder()
				.item(SdkViews.item(result.item()))
				.consumedCapacity(ConsumedCapacities.of(result.capacity(), request.returnConsumedCapacityAsString()))
				.build();
		});
	}

	@Override
	public DeleteItemResponse deleteItem(DeleteItemRequest request) {
		return call(() -> {
			WriteResult result = this.operations.deleteItem().execute(ItemRequests.delete(request));
			return DeleteItemResponse.builder()
				.attributes(SdkViews.item(result.attributes()))
				.consumedCapacity(ConsumedCapacities.of(result.capacity(), request.returnConsumedCapacityAsString()))
				.itemCollectionMetrics(this.collectionMetrics.single(request.returnItemCollectionMetrics(),
						request.tableName(), request.key()))
				.build();
		});
	}

	@Override
	public UpdateItemResponse updateItem(UpdateItemRequest request) {
		return call(() -> {
			WriteResult result = this.operations.updateItem().execute(ItemRequests.update(request));
			return UpdateItemResponse.builder()
				.attributes(SdkViews.item(result.attributes()))
				.consumedCapacity(ConsumedCapacities.of(result.capacity(), request.returnConsumedCapacityAsString()))
				.itemCollectionMetrics(this.collectionMetrics.single(request.returnItemCollectionMetrics(),
						request.tableName(), request.key()))
				.build();
		});
	}

	@Override
	public QueryResponse query(QueryRequest request) {
		return call(() -> {
			PageMembers page = PageMembers.of(this.operations.query().execute(ItemRequests.query(request)),
					request.select(), request.returnConsumedCapacityAsString());
			return QueryResponse.builder()
				.count(page.count())
				.scannedCount(page.scannedCount())
				.consumedCapacity(page.consumedCapacity())
				.items(page.items())
				.lastEvaluatedKey(page.lastEvaluatedKey())
				.build();
		});
	}

	@Override
	public ScanResponse scan(ScanRequest request) {
		return call(() -> {
			PageMembers page = PageMembers.of(this.operations.scan().execute(ItemRequests.scan(request)),
					request.select(), request.returnConsumedCapacityAsString());
			return ScanResponse.builder()
				.count(page.count())
				.scannedCount(page.scannedCount())
				.consumedCapacity(page.consumedCapacity())
				.items(page.items())
				.lastEvaluatedKey(page.lastEvaluatedKey())
				.build();
		});
	}

	@Override
	public UpdateTableResponse updateTable(UpdateTableRequest request) {
		return call(() -> {
			TableStore table = this.operations.updateTable().execute(TableRequests.updateTable(request));
			return UpdateTableResponse.builder().tableDescription(describe(table, TableStatus.ACTIVE)).build();
		});
	}

	@Override
	public UpdateTimeToLiveResponse updateTimeToLive(UpdateTimeToLiveRequest request) {
		return call(() -> {
			TimeToLiveSpecification specification = request.timeToLiveSpecification();
			this.operations.timeToLive()
				.update(request.tableName(), Requests.isTrue(specification.enabled()), specification.attributeName());
			return UpdateTimeToLiveResponse.builder().timeToLiveSpecification(specification).build();
		});
	}

	@Override
	public DescribeTimeToLiveResponse describeTimeToLive(DescribeTimeToLiveRequest request) {
		return call(() -> {
			String attribute = this.operations.timeToLive().describe(request.tableName());
			TimeToLiveDescription.Builder description = TimeToLiveDescription.builder()
				.timeToLiveStatus((attribute != null) ? TimeToLiveStatus.ENABLED : TimeToLiveStatus.DISABLED);
			if (attribute != null) {
				description.attributeName(attribute);
			}
			return DescribeTimeToLiveResponse.builder().timeToLiveDescription(description.build()).build();
		});
	}

	@Override
	public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
		return call(() -> {
			BatchWriteItemOperation.Result result = this.operations.batchWriteItem()
				.execute(BatchRequests.batchWrite(request));
			Map<String, List<WriteRequest>> unprocessed = BatchRequests.unprocessedItems(result.unprocessedItems());
			return BatchWriteItemResponse.builder()
				.unprocessedItems(unprocessed)
				.consumedCapacity(ConsumedCapacities.of(result.capacities(), request.returnConsumedCapacityAsString()))
				.itemCollectionMetrics(this.collectionMetrics.batch(request, unprocessed))
				.build();
		});
	}

	@Override
	public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
		return call(() -> BatchRequests.batchGetResponse(
				this.operations.batchGetItem().execute(BatchRequests.batchGet(request)),
				request.returnConsumedCapacityAsString()));
	}

	@Override
	public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
		return call(() -> {
			Map<String, CapacityBreakdown> capacities = this.operations.transactWriteItems()
				.execute(BatchRequests.transactWrite(request));
			return TransactWriteItemsResponse.builder()
				.consumedCapacity(ConsumedCapacities.of(capacities, request.returnConsumedCapacityAsString()))
				.itemCollectionMetrics(this.collectionMetrics.transaction(request))
				.build();
		});
	}

	@Override
	public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
		return call(() -> {
			TransactGetItemsOperation.Result result = this.operations.transactGetItems()
				.execute(BatchRequests.transactGet(request.transactItems()));
			return TransactGetItemsResponse.builder()
				.responses(BatchRequests.itemResponses(result.items()))
				.consumedCapacity(ConsumedCapacities.of(result.capacities(), request.returnConsumedCapacityAsString()))
				.build();
		});
	}

	@Override
	public ExecuteStatementResponse executeStatement(ExecuteStatementRequest request) {
		return call(() -> PartiqlRequests.executeStatement(this.partiql, request));
	}

	@Override
	public BatchExecuteStatementResponse batchExecuteStatement(BatchExecuteStatementRequest request) {
		return call(() -> PartiqlRequests.batchExecuteStatement(this.partiql, request));
	}

	@Override
	public ExecuteTransactionResponse executeTransaction(ExecuteTransactionRequest request) {
		return call(() -> PartiqlRequests.executeTransaction(this.partiql, request));
	}

	@Override
	public TagResourceResponse tagResource(TagResourceRequest request) {
		return call(() -> {
			Map<String, String> tags = new LinkedHashMap<>();
			request.tags().forEach((tag) -> tags.put(tag.key(), tag.value()));
			this.operations.tags().tag(request.resourceArn(), tags);
			return TagResourceResponse.builder().build();
		});
	}

	@Override
	public UntagResourceResponse untagResource(UntagResourceRequest request) {
		return call(() -> {
			this.operations.tags().untag(request.resourceArn(), request.tagKeys());
			return UntagResourceResponse.builder().build();
		});
	}

	@Override
	public ListTagsOfResourceResponse listTagsOfResource(ListTagsOfResourceRequest request) {
		return call(() -> ListTagsOfResourceResponse.builder()
			.tags(new TreeMap<>(this.operations.tags().list(request.resourceArn())).entrySet()
				.stream()
				.map((tag) -> Tag.builder().key(tag.getKey()).value(tag.getValue()).build())
				.toList())
			.build());
	}

	/**
	 * The capacity quotas of the engine's Region (API Reference, "DescribeLimits"): the
	 * table maxima are the per-table quotas of {@code ThroughputSettings}
	 * ({@code accountTableReadUnits}, {@code accountTableWriteUnits}, 40,000 by default,
	 * as the Developer Guide's "Quotas"); the engine keeps no account-wide total, so the
	 * account maxima are DynamoDB's default of 80,000 capacity units, or the table quota
	 * when that is larger (an account quota is never below its table quota).
	 */
	@Override
	public DescribeLimitsResponse describeLimits(DescribeLimitsRequest request) {
		ThroughputSettings quotas = this.operations.context().settings().throughput();
		return DescribeLimitsResponse.builder()
			.accountMaxReadCapacityUnits(Math.max(DEFAULT_ACCOUNT_MAX_UNITS, quotas.accountTableReadUnits()))
			.accountMaxWriteCapacityUnits(Math.max(DEFAULT_ACCOUNT_MAX_UNITS, quotas.accountTableWriteUnits()))
			.tableMaxReadCapacityUnits(quotas.accountTableReadUnits())
			.tableMaxWriteCapacityUnits(quotas.accountTableWriteUnits())
			.build();
	}

	/** The SDK's waiters (e.g. {@code waitUntilTableExists}), polling this client. */
	@Override
	public DynamoDbWaiter waiter() {
		return DynamoDbWaiter.builder().client(this).build();
	}

	@Override
	public DynamoDbServiceClientConfiguration serviceClientConfiguration() {
		return DynamoDbServiceClientConfiguration.builder()
			.region(Region.of(this.operations.context().settings().region()))
			.build();
	}

	@Override
	public String serviceName() {
		return SERVICE_NAME;
	}

	@Override
	public void close() {
	}

	private TableDescription describe(TableStore table, TableStatus status) {
		return TableDescriptions.describe(table, status, this.operations.context().streams().current(table.name()));
	}

	private static <T> T call(Supplier<T> action) {
		try {
			return action.get();
		}
		catch (EngineException ex) {
			throw ExceptionTranslator.translate(ex);
		}
	}

}
