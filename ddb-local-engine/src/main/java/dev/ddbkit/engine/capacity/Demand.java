package dev.ddbkit.engine.capacity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ddbkit.engine.capacity.ThrottlingReason.Limit;
import dev.ddbkit.engine.capacity.ThrottlingReason.Operation;
import org.jspecify.annotations.Nullable;

/**
 * The units some requests ask of each bucket, summed per bucket (a GSI key change may
 * charge one partition twice, a transaction one table many times), so that they are
 * admitted or refused as a whole.
 */
final class Demand {

	private final Map<TokenBucket, Need> needs = new LinkedHashMap<>();

	void add(TokenBucket bucket, ResourceThroughput resource, Limit limit, @Nullable PartitionState partition,
			Operation operation, long units) {
		this.needs.computeIfAbsent(bucket, (key) -> new Need(resource, limit, partition, operation)).units += units;
	}

	/** The buckets that cannot admit their units, in the order first charged. */
	List<Need> refused() {
		List<Need> refused = new ArrayList<>();
		this.needs.forEach((bucket, need) -> {
			if (!bucket.admits(need.units)) {
				refused.add(need);
			}
		});
		return refused;
	}

	void takeAll() {
		this.needs.forEach((bucket, need) -> bucket.take(need.units));
	}

	/**
	 * The throttles of the refused buckets a request touched: table reasons first, each
	 * once.
	 */
	static List<Throttle> throttles(List<Need> refused, ThroughputRequest request) {
		Set<Throttle> throttles = new LinkedHashSet<>();
		for (boolean index : new boolean[] { false, true }) {
			for (Need need : refused) {
				if (need.resource.index == index && touches(request, need)) {
					ThrottlingReason.Resource kind = index ? ThrottlingReason.Resource.INDEX
							: ThrottlingReason.Resource.TABLE;
					throttles.add(new Throttle(ThrottlingReason.of(kind, request.operation(), need.limit),
							need.resource.arn));
				}
			}
		}
		return new ArrayList<>(throttles);
	}

	private static boolean touches(ThroughputRequest request, Need need) {
		if (!request.tableName().equals(need.resource.tableName)) {
			return false;
		}
		for (ThroughputRequest.Charge charge : request.charges()) {
			boolean sameResource = need.resource.index ? need.resource.name.equals(charge.indexName())
					: charge.indexName() == null;
			if (!sameResource) {
				continue;
			}
			if (need.partition == null) {
				if (need.operation == request.operation()) {
					return true;
				}
			}
			else if (charge.partitionKey() != null && need.partition.contains(KeyHash.of(charge.partitionKey()))) {
				return true;
			}
		}
		return false;
	}

	static final class Need {

		final ResourceThroughput resource;

		final Limit limit;

		final @Nullable PartitionState partition;

		final Operation operation;

		long units;

		Need(ResourceThroughput resource, Limit limit, @Nullable PartitionState partition, Operation operation) {
			this.resource = resource;
			this.limit = limit;
			this.partition = partition;
			this.operation = operation;
		}

	}

}
