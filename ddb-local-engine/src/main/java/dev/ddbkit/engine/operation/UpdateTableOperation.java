package dev.ddbkit.engine.operation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.error.ErrorCode;
import dev.ddbkit.engine.index.IndexMaintainer;
import dev.ddbkit.engine.schema.BillingMode;
import dev.ddbkit.engine.schema.IndexDefinition;
import dev.ddbkit.engine.schema.KeySchema;
import dev.ddbkit.engine.schema.OnDemandThroughput;
import dev.ddbkit.engine.schema.TableDefinition;
import dev.ddbkit.engine.schema.Throughput;
import dev.ddbkit.engine.storage.IndexStatus;
import dev.ddbkit.engine.storage.IndexStore;
import dev.ddbkit.engine.storage.TableStore;
import dev.ddbkit.engine.stream.StreamViewType;
import dev.ddbkit.engine.stream.TableStream;
import dev.ddbkit.engine.value.ValueType;
import org.jspecify.annotations.Nullable;

/**
 * UpdateTable: switches billing mode or throughput, and creates or deletes one global
 * secondary index per call. A new GSI is backfilled from the table's items and stays
 * CREATING (unreadable) until the first DescribeTable at or after
 * {@code EngineSettings.indexBackfillTime} on the engine clock.
 * <p>
 * Source: DynamoDB API Reference, "UpdateTable" ("You can create or delete only one
 * global secondary index per UpdateTable operation"); Developer Guide "Adding a global
 * secondary index to an existing table" (backfilling, IndexStatus CREATING then ACTIVE).
 */
public final class UpdateTableOperation {

	private static final String INVALID = "One or more parameter values were invalid: ";

	private final EngineContext context;

	public UpdateTableOperation(EngineContext context) {
		this.context = context;
	}

	/** Applies the changes and returns the table. */
	public TableStore execute(Request request) {
		TableStore table = this.context.catalog().describeRequired(request.table());
		if (request.createIndexes().size() + request.deleteIndexes().size() > 1) {
			throw new EngineException(ErrorCode.LIMIT_EXCEEDED,
					"Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table");
		}
		table.lock().lock();
		try {
			TableDefinition definition = table.definition();
			BillingMode mode = (request.billingMode() != null) ? request.billingMode() : definition.billingMode();
			Throughput throughput = (request.billingMode() == BillingMode.PAY_PER_REQUEST) ? null
					: (request.throughput() != null) ? request.throughput() : definition.throughput();
			CreateTableOperation.checkBilling(mode, throughput);
			OnDemandChange change = request.onDemandThroughput();
			if (mode == BillingMode.PROVISIONED && change != null) {
				CreateTableOperation.rejectMaximumOnProvisioned(change.maxReadRequestUnits() != null,
						change.maxWriteRequestUnits() != null,
						"%s for OnDemandThroughput cannot be specified when the table BillingMode is PROVISIONED");
			}
			Map<String, ValueType> attributes = new LinkedHashMap<>(definition.attributeDefinitions());
			attributes.putAll(request.attributeDefinitions());
			List<IndexDefinition> globals = new ArrayList<>(definition.globalIndexes());
			Map<String, IndexStore> stores = new LinkedHashMap<>(table.indexStores());
			for (String name : request.deleteIndexes()) {
				if (!globals.removeIf((index) -> index.name().equals(name))) {
					throw new EngineException(ErrorCode.RESOURCE_NOT_FOUND,
							"Requested resource not found: Index: " + name + " not found");
				}
				stores.remove(name);
			}
			for (Map.Entry<String, Throughput> update : request.indexThroughputs().entrySet()) {
				int position = indexOf(globals, update.getKey());
				globals.set(position, globals.get(position).withThroughput(update.getValue()));
			}
			for (Map.Entry<String, OnDemandChange> update : request.indexOnDemandThroughputs().entrySet()) {
				int position = indexOf(globals, update.getKey());
				IndexDefinition index = globals.get(position);
				globals.set(position,
						index.withOnDemandThroughput(update.getValue().applyTo(index.onDemandThroughput())));
			}
			IndexStore created = null;
			for (CreateTableOperation.IndexRequest index : request.createIndexes()) {
				IndexDefinition added = newIndex(index, definition, attributes, mode);
				globals.add(added);
				created = new IndexStore(added, definition.keySchema(), IndexStatus.CREATING,
						this.context.settings().gsiPropagationDelay(), this.context.clock());
				stores.put(added.name(), created);
			}
			retainUsed(definition, globals, attributes);
			OnDemandThroughput maximum = (request.onDemandThroughput() != null)
					? request.onDemandThroughput().applyTo(definition.onDemandThroughput())
					: definition.onDemandThroughput();
			table.redefine(definition.withGlobalIndexes(globals, attributes)
				.withBilling(mode, throughput)
				.withOnDemandThroughput(maximum), stores);
			this.context.throughput().register(table.definition());
			updateStream(table, request.streamEnabled(), request.streamViewType());
			if (created != null) {
				IndexMaintainer.backfill(table, created);
				this.context.throughput().backfilled(table, created);
				created.backfillingUntil(
						this.context.clock().instant().plus(this.context.settings().indexBackfillTime()),
						this.context.clock());
			}
			return table;
		}
		finally {
			table.lock().unlock();
		}
	}

	/**
	 * The position of a GSI; ResourceNotFoundException "Requested resource not found:
	 * Index: X not found" when there is none.
	 */
	private static int indexOf(List<IndexDefinition> globals, String name) {
		for (int i = 0; i < globals.size(); i++) {
			if (globals.get(i).name().equals(name)) {
				return i;
			}
		}
		throw new EngineException(ErrorCode.RESOURCE_NOT_FOUND,
				"Requested resource not found: Index: " + name + " not found");
	}

	private void updateStream(TableStore table, @Nullable Boolean enabled, @Nullable StreamViewType viewType) {
		if (enabled == null) {
			return;
		}
		TableStream current = this.context.streams().current(table.name());
		boolean active = current != null && current.enabled();
		if (enabled) {
			if (active) {
				throw EngineException.validation("Table already has an enabled stream: TableName: %s", table.name());
			}
			if (viewType == null) {
				throw EngineException.validation(
						"One or more parameter values were invalid: Must specify a StreamViewType when enabling a stream");
			}
			this.context.streams()
				.enable(table.name(), table.definition().arn(), viewType, this.context.clock().instant());
		}
		else {
			if (!active) {
				throw EngineException.validation("Table already has no enabled stream: TableName: %s", table.name());
			}
			current.disable();
		}
	}

	private static IndexDefinition newIndex(CreateTableOperation.IndexRequest index, TableDefinition table,
			Map<String, ValueType> attributes, BillingMode mode) {
		CreateTableOperation.checkName(index.name(), "indexName");
		if (table.index(index.name()) != null) {
			throw EngineException.validation(
					"One or more parameter values were invalid: Attempting to create an index which already exists");
		}
		if (table.globalIndexes().size() >= 20) {
			throw new EngineException(ErrorCode.LIMIT_EXCEEDED,
					"Subscriber limit exceeded: The number of global secondary indexes for this table exceeds the limit of 20");
		}
		KeySchema key = CreateTableOperation.keySchema(index.keySchema(), attributes);
		CreateTableOperation.checkProjection(index.name(), index.projection());
		CreateTableOperation.checkBilling(mode, index.throughput());
		return new IndexDefinition(index.name(), true, key, index.projection(), index.throughput(),
				index.onDemandThroughput());
	}

	/** Keeps the definitions of attributes some key still uses (a deleted GSI's go). */
	private static void retainUsed(TableDefinition table, List<IndexDefinition> globals,
			Map<String, ValueType> attributes) {
		Set<String> used = new HashSet<>(table.keySchema().attributeNames());
		globals.forEach((index) -> used.addAll(index.keySchema().attributeNames()));
		table.localIndexes().forEach((index) -> used.addAll(index.keySchema().attributeNames()));
		attributes.keySet().retainAll(used);
	}

	/**
	 * An UpdateTable request.
	 *
	 * @param table the table name
	 * @param billingMode the new billing mode, or {@code null}
	 * @param throughput the new provisioned throughput, or {@code null}
	 * @param attributeDefinitions types of the attributes new indexes key on
	 * @param createIndexes GSIs to create (at most one)
	 * @param deleteIndexes GSI names to delete (at most one)
	 * @param streamEnabled enable ({@code true}) or disable the stream, {@code null} to
	 * leave it
	 * @param streamViewType the view type of a stream being enabled
	 * @param indexThroughputs new provisioned throughput per GSI
	 * @param onDemandThroughput a change of the table's maximum on-demand throughput, or
	 * {@code null}
	 * @param indexOnDemandThroughputs changes of maximum on-demand throughput per GSI
	 */
	public record Request(String table, @Nullable BillingMode billingMode, @Nullable Throughput throughput,
			Map<String, ValueType> attributeDefinitions, List<CreateTableOperation.IndexRequest> createIndexes,
			List<String> deleteIndexes, @Nullable Boolean streamEnabled, @Nullable StreamViewType streamViewType,
			Map<String, Throughput> indexThroughputs, @Nullable OnDemandChange onDemandThroughput,
			Map<String, OnDemandChange> indexOnDemandThroughputs) {

		/** A request that leaves maximum on-demand throughput as it is. */
		public Request(String table, @Nullable BillingMode billingMode, @Nullable Throughput throughput,
				Map<String, ValueType> attributeDefinitions, List<CreateTableOperation.IndexRequest> createIndexes,
				List<String> deleteIndexes, @Nullable Boolean streamEnabled, @Nullable StreamViewType streamViewType,
				Map<String, Throughput> indexThroughputs) {
			this(table, billingMode, throughput, attributeDefinitions, createIndexes, deleteIndexes, streamEnabled,
					streamViewType, indexThroughputs, null, Map.of());
		}

	}

	/**
	 * An UpdateTable {@code OnDemandThroughput}: each side {@code null} when not given
	 * (kept), {@link OnDemandThroughput#NONE} to remove the maximum, or a new maximum.
	 *
	 * @param maxReadRequestUnits the new read maximum, or {@code null}
	 * @param maxWriteRequestUnits the new write maximum, or {@code null}
	 */
	public record OnDemandChange(@Nullable Long maxReadRequestUnits, @Nullable Long maxWriteRequestUnits) {

		/** The maximum after this change of {@code current} ({@code null}: none). */
		OnDemandThroughput applyTo(@Nullable OnDemandThroughput current) {
			return ((current != null) ? current : OnDemandThroughput.UNLIMITED).updatedBy(this.maxReadRequestUnits,
					this.maxWriteRequestUnits);
		}

	}

}
