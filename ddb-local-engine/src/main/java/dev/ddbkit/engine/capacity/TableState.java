package dev.ddbkit.engine.capacity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import dev.ddbkit.engine.capacity.ThroughputRequest.Charge;
import org.jspecify.annotations.Nullable;

/** A table's throughput and its GSIs', behind one lock. */
final class TableState {

	final ReentrantLock lock = new ReentrantLock();

	final ResourceThroughput table;

	final Map<String, ResourceThroughput> indexes = new LinkedHashMap<>();

	TableState(TableThroughput throughput, ThroughputSettings settings, long now) {
		this.table = new ResourceThroughput(throughput.tableName(), throughput.tableName(), throughput.arn(), false,
				settings, throughput.mode(), throughput.readUnits(), throughput.writeUnits(), now);
		update(throughput, settings, now);
	}

	/** UpdateTable: mode and throughput of the table and GSIs; GSIs added or removed. */
	void update(TableThroughput throughput, ThroughputSettings settings, long now) {
		this.table.configure(throughput.mode(), throughput.readUnits(), throughput.writeUnits(), now);
		Map<String, ResourceThroughput> kept = new LinkedHashMap<>();
		for (IndexThroughput index : throughput.globalSecondaryIndexes()) {
			ResourceThroughput existing = this.indexes.get(index.indexName());
			if (existing == null) {
				existing = new ResourceThroughput(throughput.tableName(), index.indexName(), index.arn(), true,
						settings, throughput.mode(), index.readUnits(), index.writeUnits(), now);
			}
			else {
				existing.configure(throughput.mode(), index.readUnits(), index.writeUnits(), now);
			}
			kept.put(index.indexName(), existing);
		}
		this.indexes.clear();
		this.indexes.putAll(kept);
	}

	ResourceThroughput resource(@Nullable String indexName) {
		if (indexName == null) {
			return this.table;
		}
		ResourceThroughput index = this.indexes.get(indexName);
		if (index == null) {
			throw new IllegalArgumentException(
					"No throughput registered for global secondary index " + indexName + " of " + this.table.name);
		}
		return index;
	}

	void demand(ThroughputRequest request, long now, Demand demand) {
		for (Charge charge : request.charges()) {
			resource(charge.indexName()).demand(request.operation(), charge.partitionKey(), charge.halfUnits(), now,
					demand);
		}
	}

	void consumed(ThroughputRequest request, long now) {
		for (Charge charge : request.charges()) {
			resource(charge.indexName()).consumed(request.operation(), charge.partitionKey(), charge.halfUnits(), now);
		}
	}

	/**
	 * Records a refused request: each resource it charged counts one throttle event with
	 * the reasons the request reports for that resource (none when another request of a
	 * transaction was refused).
	 */
	void throttled(ThroughputRequest request, List<Demand.Need> refused, long now) {
		// plain loops: with enforcement OBSERVE every would-be throttle of a hot key
		// lands here, once per request
		List<Throttle> throttles = Demand.throttles(refused, request);
		List<ResourceThroughput> seen = new ArrayList<>(request.charges().size());
		for (Charge charge : request.charges()) {
			ResourceThroughput resource = resource(charge.indexName());
			List<ThrottlingReason> reasons = new ArrayList<>(throttles.size());
			for (Throttle throttle : throttles) {
				if (throttle.resourceArn().equals(resource.arn)) {
					reasons.add(throttle.reason());
				}
			}
			boolean first = !seen.contains(resource);
			if (first) {
				seen.add(resource);
			}
			resource.throttled(request.operation(), charge.partitionKey(), charge.halfUnits(), refused, reasons, first,
					now);
		}
	}

}
