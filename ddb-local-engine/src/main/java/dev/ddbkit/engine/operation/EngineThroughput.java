package dev.ddbkit.engine.operation;

import java.util.ArrayList;
import java.util.List;

import dev.ddbkit.engine.EngineSettings;
import dev.ddbkit.engine.capacity.TableThroughput;
import dev.ddbkit.engine.capacity.Throttle;
import dev.ddbkit.engine.capacity.ThroughputDecision;
import dev.ddbkit.engine.capacity.ThroughputLimiter;
import dev.ddbkit.engine.capacity.ThroughputRequest;
import dev.ddbkit.engine.error.CancellationReason;
import dev.ddbkit.engine.error.ThrottledException;
import dev.ddbkit.engine.error.TransactionCanceledException;
import dev.ddbkit.engine.schema.BillingMode;
import dev.ddbkit.engine.schema.IndexDefinition;
import dev.ddbkit.engine.schema.OnDemandThroughput;
import dev.ddbkit.engine.schema.TableDefinition;
import dev.ddbkit.engine.schema.Throughput;
import dev.ddbkit.engine.storage.IndexStatus;
import dev.ddbkit.engine.storage.IndexStore;
import dev.ddbkit.engine.storage.TableStore;
import dev.ddbkit.engine.storage.WriteOutcome;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The engine's one {@link ThroughputLimiter}, as the operations use it: tables registered
 * from their definitions, requests admitted or refused with DynamoDB's exception, stored
 * sizes reported for partition splits.
 * <p>
 * With {@link EngineSettings.CapacityEnforcement#OFF} nothing is asked of the limiter;
 * with {@code OBSERVE} the limiter serves everything and only counts would-be throttles
 * (the limiter's settings are not enforced).
 */
public final class EngineThroughput {

	private final @Nullable ThroughputLimiter limiter;

	private final EngineSettings settings;

	EngineThroughput(@Nullable ThroughputLimiter limiter, EngineSettings settings) {
		this.limiter = limiter;
		this.settings = settings;
	}

	/** The limiter, or {@code null} when enforcement is off. */
	public @Nullable ThroughputLimiter limiter() {
		return this.limiter;
	}

	/** Registers a table at CreateTable, or again after UpdateTable. */
	void register(TableDefinition table) {
		if (this.limiter == null) {
			return;
		}
		String arn = table.arn();
		boolean onDemand = table.billingMode() == BillingMode.PAY_PER_REQUEST;
		Throughput provisioned = table.throughput();
		TableThroughput throughput = onDemand ? TableThroughput.onDemand(table.name(), arn)
			.withMaxOnDemand(maximum(table.onDemandThroughput(), true), maximum(table.onDemandThroughput(), false))
				: TableThroughput.provisioned(table.name(), arn, units(provisioned, true), units(provisioned, false));
		for (IndexDefinition index : table.indexes()) {
			if (index.global()) {
				// a GSI without its own throughput (e.g. after a switch to PROVISIONED)
				// gets the table's
				Throughput indexUnits = (index.throughput() != null) ? index.throughput() : provisioned;
				throughput = onDemand
						? throughput.withIndex(index.name(), maximum(index.onDemandThroughput(), true),
								maximum(index.onDemandThroughput(), false))
						: throughput.withIndex(index.name(), units(indexUnits, true), units(indexUnits, false));
			}
		}
		this.limiter.register(throughput);
	}

	/** A maximum on-demand throughput in the limiter's terms: {@code 0} for none. */
	private static long maximum(@Nullable OnDemandThroughput maximum, boolean read) {
		if (maximum == null) {
			return 0;
		}
		return Math.max(0, read ? maximum.maxReadRequestUnits() : maximum.maxWriteRequestUnits());
	}

	private static long units(@Nullable Throughput throughput, boolean read) {
		if (throughput == null) {
			return 1;
		}
		return Math.max(1, read ? throughput.readCapacityUnits() : throughput.writeCapacityUnits());
	}

	/** Forgets a table at DeleteTable. */
	void remove(String tableName) {
		if (this.limiter != null) {
			this.limiter.remove(tableName);
		}
	}

	/**
	 * Consumes the request's capacity, or throws and consumes nothing.
	 * @throws ThrottledException when the table, a GSI or a partition refuses it
	 */
	void admit(TableStore table, ThroughputRequest request) {
		ThroughputDecision decision = tryAdmit(request);
		if (decision.throttled()) {
			throw throttled(table, decision);
		}
	}

	/** Asks for the request's capacity; granted when enforcement is off. */
	ThroughputDecision tryAdmit(ThroughputRequest request) {
		// a table being created or deleted right now has no throughput entry: serve it
		return (this.limiter != null && this.limiter.hasTable(request.tableName())) ? this.limiter.tryAcquire(request)
				: ThroughputDecision.GRANTED;
	}

	/**
	 * Consumes the capacity of every action of a transaction, or none: when any bucket
	 * refuses, the transaction is cancelled with {@code ThrottlingError} for the actions
	 * whose capacity was refused and {@code None} for the others (API Reference,
	 * "TransactWriteItems", CancellationReasons).
	 * @param tables the table of each request, in order
	 * @throws TransactionCanceledException when throttled
	 */
	void admitAll(List<TableStore> tables, List<ThroughputRequest> requests) {
		if (this.limiter == null || requests.isEmpty()
				|| !requests.stream().allMatch((request) -> this.limiter.hasTable(request.tableName()))) {
			return;
		}
		List<ThroughputDecision> decisions = this.limiter.tryAcquireAll(requests);
		if (decisions.stream().noneMatch(ThroughputDecision::throttled)) {
			return;
		}
		List<CancellationReason> reasons = new ArrayList<>();
		for (int i = 0; i < decisions.size(); i++) {
			ThroughputDecision decision = decisions.get(i);
			reasons.add(decision.throttled()
					? new CancellationReason("ThrottlingError", throttled(tables.get(i), decision).getMessage(), null)
					: CancellationReason.NONE);
		}
		throw new TransactionCanceledException(reasons);
	}

	/**
	 * Tells the limiter the bytes a write stored or freed in the table's and its GSIs'
	 * partitions (partitions split at 10 GB); TTL deletions report here too.
	 */
	public void stored(TableStore table, Value partitionKey, WriteOutcome outcome) {
		if (this.limiter == null || outcome.oldItem() == outcome.newItem()) {
			return;
		}
		stored(table.name(), null, partitionKey, Price.size(outcome.newItem()) - Price.size(outcome.oldItem()));
		for (IndexStore index : table.indexStores().values()) {
			if (!index.definition().global() || index.status() == IndexStatus.DELETING) {
				continue;
			}
			String key = index.definition().keySchema().partitionKey();
			Item before = Price.entry(index, outcome.oldItem());
			Item after = Price.entry(index, outcome.newItem());
			if (before != null) {
				stored(table.name(), index.name(), before.get(key), -Price.size(before));
			}
			if (after != null) {
				stored(table.name(), index.name(), after.get(key), Price.size(after));
			}
		}
	}

	/**
	 * Tells the limiter the bytes of a GSI just backfilled from its table (UpdateTable),
	 * so that its partitions split as its size requires.
	 */
	public void backfilled(TableStore table, IndexStore index) {
		if (this.limiter == null || !index.definition().global()) {
			return;
		}
		String key = index.definition().keySchema().partitionKey();
		index.entries()
			.partitions()
			.values()
			.forEach((entries) -> entries.values()
				.forEach((entry) -> stored(table.name(), index.name(), entry.item().get(key), entry.size())));
	}

	/** Reports bytes stored or freed under a partition key of the table or a GSI. */
	void stored(String tableName, @Nullable String indexName, @Nullable Value partitionKey, long deltaBytes) {
		if (this.limiter != null && partitionKey != null && deltaBytes != 0 && this.limiter.hasTable(tableName)) {
			this.limiter.storedBytesChanged(tableName, indexName, partitionKey, deltaBytes);
		}
	}

	/** The exception DynamoDB raises for a refused request on {@code table}. */
	static ThrottledException throttled(TableStore table, ThroughputDecision decision) {
		List<ThrottledException.Reason> reasons = new ArrayList<>();
		for (Throttle throttle : decision.throttles()) {
			reasons.add(new ThrottledException.Reason(throttle.reason().wireName(), throttle.resourceArn()));
		}
		boolean onDemand = table.definition().billingMode() == BillingMode.PAY_PER_REQUEST;
		return new ThrottledException(decision.errorCode(), decision.message(onDemand), reasons);
	}

}
