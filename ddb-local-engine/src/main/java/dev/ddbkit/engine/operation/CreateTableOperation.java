package dev.ddbkit.engine.operation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.schema.BillingMode;
import dev.ddbkit.engine.schema.IndexDefinition;
import dev.ddbkit.engine.schema.KeySchema;
import dev.ddbkit.engine.schema.NameRules;
import dev.ddbkit.engine.schema.OnDemandThroughput;
import dev.ddbkit.engine.schema.Projection;
import dev.ddbkit.engine.schema.ProjectionType;
import dev.ddbkit.engine.schema.TableDefinition;
import dev.ddbkit.engine.schema.Throughput;
import dev.ddbkit.engine.storage.TableStore;
import dev.ddbkit.engine.stream.StreamViewType;
import dev.ddbkit.engine.value.ValueType;
import org.jspecify.annotations.Nullable;

/**
 * CreateTable: validates a table definition with its GSIs and LSIs and adds the table.
 * Tables are ACTIVE at once.
 * <p>
 * Source: DynamoDB API Reference, "CreateTable"; Developer Guide "Quotas" (names 3..255
 * of {@code [a-zA-Z0-9_.-]}, 20 GSIs, 5 LSIs).
 */
public final class CreateTableOperation {

	private static final String INVALID = "One or more parameter values were invalid: ";

	private final EngineContext context;

	public CreateTableOperation(EngineContext context) {
		this.context = context;
	}

	/** Creates the table and returns it. */
	public TableStore execute(Request request) {
		checkName(request.name(), "tableName");
		KeySchema key = keySchema(request.keySchema(), request.attributeDefinitions());
		checkBilling(request.billingMode(), request.throughput());
		if (request.billingMode() == BillingMode.PROVISIONED && request.onDemandThroughput() != null) {
			OnDemandThroughput maximum = request.onDemandThroughput();
			rejectMaximumOnProvisioned(maximum.maxReadRequestUnits() != OnDemandThroughput.NONE,
					maximum.maxWriteRequestUnits() != OnDemandThroughput.NONE,
					"%s for OnDemandThroughput cannot be specified when table BillingMode is PROVISIONED.");
		}
		Set<String> names = new HashSet<>();
		Set<String> used = new LinkedHashSet<>(key.attributeNames());
		List<IndexDefinition> globals = new ArrayList<>();
		for (IndexRequest index : request.globalIndexes()) {
			globals.add(index(index, true, key, request, names, used));
		}
		List<IndexDefinition> locals = new ArrayList<>();
		for (IndexRequest index : request.localIndexes()) {
			locals.add(index(index, false, key, request, names, used));
		}
		if (globals.size() > 20) {
			throw EngineException.validation(INVALID + "GlobalSecondaryIndex count exceeds the per-table limit of 20");
		}
		if (locals.size() > 5) {
			throw EngineException.validation(INVALID + "Number of LocalSecondaryIndexes exceeds per-table limit of 5");
		}
		if (!used.equals(request.attributeDefinitions().keySet())) {
			throw EngineException.validation(INVALID
					+ "Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions");
		}
		String arn = "arn:aws:dynamodb:" + this.context.settings().region() + ":" + this.context.settings().accountId()
				+ ":table/" + request.name();
		TableDefinition definition = new TableDefinition(request.name(), arn, key, request.attributeDefinitions(),
				globals, locals, request.billingMode(), request.throughput(), this.context.clock().instant(),
				request.onDemandThroughput());
		TableStore table = new TableStore(definition, this.context.changes(),
				this.context.settings().gsiPropagationDelay(), this.context.clock());
		table.limitItemCollections(this.context.settings().itemCollectionSizeLimitBytes());
		table.lock().lock();
		try {
			this.context.catalog().add(table);
			this.context.throughput().register(definition);
			this.context.streams().remove(definition.name());
			if (request.streamViewType() != null) {
				this.context.streams()
					.enable(definition.name(), arn, request.streamViewType(), this.context.clock().instant());
			}
		}
		finally {
			table.lock().unlock();
		}
		return table;
	}

	static void checkName(String name, String member) {
		NameRules.check(name, member);
	}

	static KeySchema keySchema(List<KeyElement> elements, Map<String, ValueType> definitions) {
		if (elements.isEmpty() || elements.size() > 2 || elements.get(0).range()
				|| (elements.size() == 2 && !elements.get(1).range())) {
			throw EngineException
				.validation(INVALID + "Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
		}
		List<String> undefined = new ArrayList<>();
		for (KeyElement element : elements) {
			if (!definitions.containsKey(element.name())) {
				undefined.add(element.name());
			}
		}
		if (!undefined.isEmpty()) {
			throw EngineException.validation(INVALID
					+ "Some index key attributes are not defined in AttributeDefinitions. Keys: %s, AttributeDefinitions: %s",
					undefined, new ArrayList<>(definitions.keySet()));
		}
		String hash = elements.get(0).name();
		String range = (elements.size() == 2) ? elements.get(1).name() : null;
		return new KeySchema(hash, definitions.get(hash), range, (range != null) ? definitions.get(range) : null);
	}

	/**
	 * Rejects a maximum on-demand throughput for a table that is or becomes PROVISIONED,
	 * naming the first side given, read first ({@code message} has one {@code %s}). The
	 * texts of CreateTable and UpdateTable differ; both are captures of the service
	 * (nubo-db/dynoxide, "model OnDemandThroughput's real semantics", eu-west-2,
	 * 2026-07-24).
	 */
	static void rejectMaximumOnProvisioned(boolean readGiven, boolean writeGiven, String message) {
		if (readGiven || writeGiven) {
			throw EngineException.validation(INVALID + message,
					readGiven ? "MaxReadRequestUnits" : "MaxWriteRequestUnits");
		}
	}

	static void checkBilling(BillingMode mode, @Nullable Throughput throughput) {
		if (mode == BillingMode.PROVISIONED && throughput == null) {
			throw EngineException.validation(INVALID
					+ "ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED");
		}
		if (mode == BillingMode.PAY_PER_REQUEST && throughput != null) {
			throw EngineException.validation(INVALID
					+ "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
		}
	}

	private static IndexDefinition index(IndexRequest index, boolean global, KeySchema tableKey, Request request,
			Set<String> names, Set<String> used) {
		checkName(index.name(), "indexName");
		if (!names.add(index.name())) {
			throw EngineException.validation(INVALID + "Duplicate index name: %s", index.name());
		}
		KeySchema key = keySchema(index.keySchema(), request.attributeDefinitions());
		if (!global) {
			if (!tableKey.hasSortKey()) {
				throw EngineException.validation(INVALID
						+ "Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex");
			}
			if (!key.partitionKey().equals(tableKey.partitionKey()) || !key.hasSortKey()) {
				throw EngineException.validation(INVALID
						+ "Index KeySchema does not have the same leading hash key as table KeySchema for index: %s. index hash key: %s, table hash key: %s",
						index.name(), key.partitionKey(), tableKey.partitionKey());
			}
		}
		checkProjection(index.name(), index.projection());
		if (global) {
			checkBilling(request.billingMode(), index.throughput());
		}
		used.addAll(key.attributeNames());
		return new IndexDefinition(index.name(), global, key, index.projection(), index.throughput(),
				global ? index.onDemandThroughput() : null);
	}

	static void checkProjection(String indexName, Projection projection) {
		boolean include = projection.type() == ProjectionType.INCLUDE;
		if (include && projection.nonKeyAttributes().isEmpty()) {
			throw EngineException.validation(
					INVALID + "ProjectionType is INCLUDE, but NonKeyAttributes is not specified for index: %s",
					indexName);
		}
		if (!include && !projection.nonKeyAttributes().isEmpty()) {
			throw EngineException.validation(INVALID + "ProjectionType is %s, but NonKeyAttributes is specified",
					projection.type());
		}
	}

	/** One KeySchemaElement: a name and whether it is the RANGE key. */
	public record KeyElement(String name, boolean range) {

	}

	/**
	 * A secondary index of a CreateTable or UpdateTable request.
	 *
	 * @param name the index name
	 * @param keySchema HASH then optional RANGE
	 * @param projection the projection
	 * @param throughput provisioned throughput of a GSI on a provisioned table, else
	 * {@code null}
	 * @param onDemandThroughput maximum on-demand throughput of a GSI, or {@code null}
	 */
	public record IndexRequest(String name, List<KeyElement> keySchema, Projection projection,
			@Nullable Throughput throughput, @Nullable OnDemandThroughput onDemandThroughput) {

		/** An index without maximum on-demand throughput. */
		public IndexRequest(String name, List<KeyElement> keySchema, Projection projection,
				@Nullable Throughput throughput) {
			this(name, keySchema, projection, throughput, null);
		}

	}

	/**
	 * A CreateTable request.
	 *
	 * @param name the table name
	 * @param keySchema HASH then optional RANGE
	 * @param attributeDefinitions the key attributes' types
	 * @param globalIndexes GSIs
	 * @param localIndexes LSIs
	 * @param billingMode the billing mode
	 * @param throughput provisioned throughput, {@code null} on demand
	 * @param streamViewType the view type of the table's stream, {@code null} for none
	 * @param onDemandThroughput maximum on-demand throughput of the table, or
	 * {@code null}
	 */
	public record Request(String name, List<KeyElement> keySchema, Map<String, ValueType> attributeDefinitions,
			List<IndexRequest> globalIndexes, List<IndexRequest> localIndexes, BillingMode billingMode,
			@Nullable Throughput throughput, @Nullable StreamViewType streamViewType,
			@Nullable OnDemandThroughput onDemandThroughput) {

		/** A request without maximum on-demand throughput. */
		public Request(String name, List<KeyElement> keySchema, Map<String, ValueType> attributeDefinitions,
				List<IndexRequest> globalIndexes, List<IndexRequest> localIndexes, BillingMode billingMode,
				@Nullable Throughput throughput, @Nullable StreamViewType streamViewType) {
			this(name, keySchema, attributeDefinitions, globalIndexes, localIndexes, billingMode, throughput,
					streamViewType, null);
		}

	}

}
