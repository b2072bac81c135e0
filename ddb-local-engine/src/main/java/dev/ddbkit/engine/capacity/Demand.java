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
 * The units one request asks of each bucket, summed per bucket (a GSI key change may
 * charge one partition twice), so that the request is admitted or refused as a whole.
 */
final class Demand {

	private final Operation operation;

	private final Map<TokenBucket, Need> needs = new LinkedHashMap<>();

	Demand(Operation operation) {
		this.operation = operation;
	}

	Operation operation() {
		return this.operation;
	}

	void add(TokenBucket bucket, ResourceThroughput resource, Limit limit, @Nullable PartitionState partition,
			long units) {
		this.needs.computeIfAbsent(bucket, (key) -> new Need(resource, limit, partition)).units += units;
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

	/** The throttles of the refused buckets: table reasons first, each reason once. */
	List<Throttle> throttles(List<Need> refused) {
		Set<Throttle> throttles = new LinkedHashSet<>();
		for (boolean index : new boolean[] { false, true }) {
			for (Need need : refused) {
				if (need.resource.index == index) {
					ThrottlingReason.Resource kind = index ? ThrottlingReason.Resource.INDEX
							: ThrottlingReason.Resource.TABLE;
					throttles
						.add(new Throttle(ThrottlingReason.of(kind, this.operation, need.limit), need.resource.arn));
				}
			}
		}
		return new ArrayList<>(throttles);
	}

	void takeAll() {
		this.needs.forEach((bucket, need) -> bucket.take(need.units));
	}

	static final class Need {

		final ResourceThroughput resource;

		final Limit limit;

		final @Nullable PartitionState partition;

		long units;

		Need(ResourceThroughput resource, Limit limit, @Nullable PartitionState partition) {
			this.resource = resource;
			this.limit = limit;
			this.partition = partition;
		}

	}

}
