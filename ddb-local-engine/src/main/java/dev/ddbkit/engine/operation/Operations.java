package dev.ddbkit.engine.operation;

/**
 * The operation layer of one engine: one instance of each action, shared by the
 * in-process client and the HTTP server.
 */
public final class Operations {

	private final EngineContext context;

	private final CreateTableOperation createTable;

	private final TableAdminOperations tableAdmin;

	private final PutItemOperation putItem;

	private final GetItemOperation getItem;

	private final DeleteItemOperation deleteItem;

	private final UpdateItemOperation updateItem;

	private final QueryOperation query;

	private final ScanOperation scan;

	private final BatchWriteItemOperation batchWriteItem;

	private final BatchGetItemOperation batchGetItem;

	private final TransactWriteItemsOperation transactWriteItems;

	private final TransactGetItemsOperation transactGetItems;

	private final UpdateTableOperation updateTable;

	private final TimeToLiveOperations timeToLive;

	private final StreamOperations streams;

	private final TagOperations tags;

	private final ItemCollectionMetricsOperation itemCollectionMetrics;

	public Operations(EngineContext context) {
		this.context = context;
		this.createTable = new CreateTableOperation(context);
		this.tableAdmin = new TableAdminOperations(context);
		this.putItem = new PutItemOperation(context);
		this.getItem = new GetItemOperation(context);
		this.deleteItem = new DeleteItemOperation(context);
		this.updateItem = new UpdateItemOperation(context);
		this.query = new QueryOperation(context);
		this.scan = new ScanOperation(context);
		this.tags = new TagOperations(context);
		this.streams = new StreamOperations(context);
		this.timeToLive = new TimeToLiveOperations(context);
		this.updateTable = new UpdateTableOperation(context);
		this.transactGetItems = new TransactGetItemsOperation(context);
		this.transactWriteItems = new TransactWriteItemsOperation(context);
		this.batchGetItem = new BatchGetItemOperation(context);
		this.batchWriteItem = new BatchWriteItemOperation(context);
		this.itemCollectionMetrics = new ItemCollectionMetricsOperation(context);
	}

	public EngineContext context() {
		return this.context;
	}

	public CreateTableOperation createTable() {
		return this.createTable;
	}

	public TableAdminOperations tableAdmin() {
		return this.tableAdmin;
	}

	public PutItemOperation putItem() {
		return this.putItem;
	}

	public GetItemOperation getItem() {
		return this.getItem;
	}

	public DeleteItemOperation deleteItem() {
		return this.deleteItem;
	}

	public UpdateItemOperation updateItem() {
		return this.updateItem;
	}

	public QueryOperation query() {
		return this.query;
	}

	public ScanOperation scan() {
		return this.scan;
	}

	public BatchWriteItemOperation batchWriteItem() {
		return this.batchWriteItem;
	}

	public BatchGetItemOperation batchGetItem() {
		return this.batchGetItem;
	}

	public TransactWriteItemsOperation transactWriteItems() {
		return this.transactWriteItems;
	}

	public TransactGetItemsOperation transactGetItems() {
		return this.transactGetItems;
	}

	public UpdateTableOperation updateTable() {
		return this.updateTable;
	}

	public TimeToLiveOperations timeToLive() {
		return this.timeToLive;
	}

	public StreamOperations streams() {
		return this.streams;
	}

	public TagOperations tags() {
		return this.tags;
	}

	public ItemCollectionMetricsOperation itemCollectionMetrics() {
		return this.itemCollectionMetrics;
	}

}
