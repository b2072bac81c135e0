package dev.ddbkit.engine.capacity;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import dev.ddbkit.engine.capacity.ThrottlingReason.Limit;
import dev.ddbkit.engine.capacity.ThrottlingReason.Operation;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The throughput of one table or GSI: its ceiling buckets, its hash-range partitions and
 * its diagnostics. Guarded by the owning table's lock.
 * <p>
 * Provisioned: one read and one write bucket refilled at the provisioned rate, holding
 * that second plus {@code burstSeconds} of unused capacity ("Burst and adaptive
 * capacity"). Adaptive capacity is modelled as instant: a partition may use any capacity
 * the table has left, bounded only by its own per-partition ceiling. On-demand: the
 * buckets serve double the previous peak per second ({@link OnDemandPeak}: sustained
 * traffic, counted 30 minutes later, starting at half the new-table throughput), plus the
 * optional maximum on-demand throughput and the account's per-table quota ("On-demand
 * capacity mode", "DynamoDB maximum throughput for on-demand tables"). Exceeding double
 * the peak is reported as a key-range throttle, since DynamoDB has no reason of its own
 * for it and serves it by splitting partitions.
 */
final class ResourceThroughput {

	final String tableName;

	final String name;

	final String arn;

	final boolean index;

	private final ThroughputSettings settings;

	private final long partitionCeiling;

	private CapacityMode mode;

	private boolean configured;

	private TokenBucket read;

	private TokenBucket write;

	private @Nullable TokenBucket maxRead;

	private @Nullable TokenBucket maxWrite;

	private final TokenBucket accountRead;

	private final TokenBucket accountWrite;

	private final OnDemandPeak readPeak = new OnDemandPeak();

	private final OnDemandPeak writePeak = new OnDemandPeak();

	private final List<PartitionState> partitions = new ArrayList<>();

	private final UsageWindows windows;

	private final SpaceSaving<Value> hotKeys;

	ResourceThroughput(String tableName, String name, String arn, boolean index, ThroughputSettings settings,
			CapacityMode mode, long readUnits, long writeUnits, long now) {
		this.tableName = tableName;
		this.name = name;
		this.arn = arn;
		this.index = index;
		this.settings = settings;
		this.partitionCeiling = 2 * settings.partitionReadUnits() * settings.partitionWriteUnits();
		this.windows = new UsageWindows(settings.diagnosticsWindow(), settings.diagnosticsWindows());
		this.hotKeys = new SpaceSaving<>(settings.hotKeys());
		this.accountRead = TokenBucket.perSecond(2 * settings.accountTableReadUnits(), now);
		this.accountWrite = TokenBucket.perSecond(2 * settings.accountTableWriteUnits(), now);
		this.mode = mode;
		this.read = TokenBucket.perSecond(1, now);
		this.write = TokenBucket.perSecond(1, now);
		configure(mode, readUnits, writeUnits, now);
		int initial = (settings.initialPartitions() > 0) ? settings.initialPartitions() : derivedPartitions();
		createPartitions(initial, now);
	}

	/** CreateTable or UpdateTable: new mode, provisioned or maximum on-demand units. */
	void configure(CapacityMode newMode, long readUnits, long writeUnits, long now) {
		int partitionsBefore = this.configured ? derivedPartitions() : 0;
		boolean sameMode = this.configured && this.mode == newMode;
		if (newMode == CapacityMode.PROVISIONED) {
			this.read = provisioned(readUnits, sameMode ? this.read : null, now);
			this.write = provisioned(writeUnits, sameMode ? this.write : null, now);
			this.maxRead = null;
			this.maxWrite = null;
		}
		else {
			if (!sameMode) {
				// a table switched to on-demand keeps its provisioned rate as previous
				// peak
				long previousRead = this.configured ? this.read.rate() / 2 : 0;
				long previousWrite = this.configured ? this.write.rate() / 2 : 0;
				this.readPeak.reset(Math.max(this.settings.onDemandInitialReadUnits(), previousRead));
				this.writePeak.reset(Math.max(this.settings.onDemandInitialWriteUnits(), previousWrite));
				this.read = TokenBucket.perSecond(2 * this.readPeak.peak(), now);
				this.write = TokenBucket.perSecond(2 * this.writePeak.peak(), now);
			}
			this.maxRead = (readUnits > 0) ? TokenBucket.perSecond(2 * readUnits, now) : null;
			this.maxWrite = (writeUnits > 0) ? TokenBucket.perSecond(2 * writeUnits, now) : null;
		}
		this.mode = newMode;
		this.configured = true;
		int partitionsAfter = derivedPartitions();
		if (!this.partitions.isEmpty() && partitionsAfter > partitionsBefore) {
			ensurePartitions(partitionsAfter, now);
		}
	}

	private TokenBucket provisioned(long units, @Nullable TokenBucket current, long now) {
		long rate = 2 * units;
		long capacity = rate * (1 + this.settings.burstSeconds());
		if (current == null) {
			return new TokenBucket(rate, capacity, rate, now);
		}
		current.reconfigure(rate, capacity, now);
		return current;
	}

	/** Adds what a charge needs of each bucket. */
	void demand(Operation operation, @Nullable Value partitionKey, long halfUnits, long now, Demand demand) {
		refresh(now);
		boolean reads = operation == Operation.READ;
		Limit ceiling = (this.mode == CapacityMode.PROVISIONED) ? Limit.PROVISIONED_THROUGHPUT_EXCEEDED
				: Limit.KEY_RANGE_THROUGHPUT_EXCEEDED;
		demand.add(reads ? this.read : this.write, this, ceiling, null, operation, halfUnits);
		TokenBucket max = reads ? this.maxRead : this.maxWrite;
		if (max != null) {
			demand.add(max, this, Limit.MAX_ON_DEMAND_THROUGHPUT_EXCEEDED, null, operation, halfUnits);
		}
		if (this.mode == CapacityMode.ON_DEMAND) {
			demand.add(reads ? this.accountRead : this.accountWrite, this, Limit.ACCOUNT_LIMIT_EXCEEDED, null,
					operation, halfUnits);
		}
		if (partitionKey != null) {
			PartitionState partition = partitionFor(KeyHash.of(partitionKey));
			partition.bucket.refill(now);
			demand.add(partition.bucket, this, Limit.KEY_RANGE_THROUGHPUT_EXCEEDED, partition, operation,
					partitionUnits(operation, halfUnits));
		}
	}

	/** Records a granted charge. */
	void consumed(Operation operation, @Nullable Value partitionKey, long halfUnits, long now) {
		this.windows.consumed(now, operation, halfUnits);
		((operation == Operation.READ) ? this.readPeak : this.writePeak).add(now, halfUnits);
		if (partitionKey != null) {
			this.hotKeys.add(partitionKey, halfUnits);
			long hash = KeyHash.of(partitionKey);
			PartitionState partition = partitionFor(hash);
			partition.consumed(hash, now, operation, halfUnits);
			observe(partition, hash, partitionUnits(operation, halfUnits), false, now);
		}
	}

	/**
	 * Records a refused charge: {@code reasons} are the request's throttling reasons on
	 * this resource, counted (with one throttle event) only for the request's first
	 * charge here ({@code first}); a partition whose own ceiling refused counts the event
	 * and its key-range reason.
	 */
	void throttled(Operation operation, @Nullable Value partitionKey, long halfUnits, List<Demand.Need> refused,
			List<ThrottlingReason> reasons, boolean first, long now) {
		if (first && !reasons.isEmpty()) {
			this.windows.throttled(now, operation, reasons);
		}
		if (partitionKey != null) {
			this.hotKeys.add(partitionKey, halfUnits);
			long hash = KeyHash.of(partitionKey);
			PartitionState partition = partitionFor(hash);
			boolean partitionRefused = refused.stream().anyMatch((need) -> need.partition == partition);
			if (partitionRefused) {
				partition.throttled(hash, now, operation,
						List.of(ThrottlingReason.of(
								this.index ? ThrottlingReason.Resource.INDEX : ThrottlingReason.Resource.TABLE,
								operation, Limit.KEY_RANGE_THROUGHPUT_EXCEEDED)));
				observe(partition, hash, 0, true, now);
			}
		}
	}

	/**
	 * Adds {@code deltaBytes} to the partition of a key; splits it past the size limit.
	 */
	void storedBytesChanged(Value partitionKey, long deltaBytes, long now) {
		long hash = KeyHash.of(partitionKey);
		PartitionState partition = partitionFor(hash);
		partition.stored(hash, deltaBytes);
		while (partition.storedBytes() > this.settings.partitionMaxBytes() && partition.splittable()) {
			split(partition, now);
			partition = partitionFor(hash);
		}
	}

	ResourceDiagnostics diagnostics(long now) {
		refresh(now);
		List<PartitionDiagnostics> partitionDiagnostics = new ArrayList<>(this.partitions.size());
		for (int i = 0; i < this.partitions.size(); i++) {
			PartitionState partition = this.partitions.get(i);
			partitionDiagnostics.add(new PartitionDiagnostics(i, partition.start, partition.end,
					partition.storedBytes(), partition.usage(now)));
		}
		List<HotKey> keys = new ArrayList<>();
		for (SpaceSaving.Counted<Value> counted : this.hotKeys.top()) {
			keys.add(new HotKey(counted.key(), CapacityUnits.toCapacityUnits(counted.weight()),
					CapacityUnits.toCapacityUnits(counted.overestimate())));
		}
		return new ResourceDiagnostics(this.name, this.arn, this.mode, CapacityUnits.toCapacityUnits(this.read.rate()),
				CapacityUnits.toCapacityUnits(this.write.rate()), burst(this.read), burst(this.write),
				this.windows.snapshot(now), partitionDiagnostics, keys);
	}

	private double burst(TokenBucket bucket) {
		if (this.mode != CapacityMode.PROVISIONED) {
			return 0;
		}
		return CapacityUnits.toCapacityUnits(Math.max(0, bucket.available() - bucket.rate()));
	}

	private void refresh(long now) {
		this.read.refill(now);
		this.write.refill(now);
		this.accountRead.refill(now);
		this.accountWrite.refill(now);
		if (this.maxRead != null) {
			this.maxRead.refill(now);
		}
		if (this.maxWrite != null) {
			this.maxWrite.refill(now);
		}
		if (this.mode == CapacityMode.ON_DEMAND) {
			boolean grew = this.readPeak.roll(now) | this.writePeak.roll(now);
			if (grew) {
				this.read.grow(2 * this.readPeak.peak(), now);
				this.write.grow(2 * this.writePeak.peak(), now);
				ensurePartitions(derivedPartitions(), now);
			}
		}
	}

	private long partitionUnits(Operation operation, long halfUnits) {
		return halfUnits * ((operation == Operation.READ) ? this.settings.partitionWriteUnits()
				: this.settings.partitionReadUnits());
	}

	private void observe(PartitionState partition, long hash, long load, boolean throttled, long now) {
		long hotLoad = (long) (this.partitionCeiling * this.settings.loadSplitFraction());
		long streak = partition.observe(second(now), hash, load, throttled, hotLoad);
		if (streak >= Math.max(1, this.settings.loadSplitAfter().toSeconds()) && partition.splittable()) {
			split(partition, now);
		}
	}

	/**
	 * Partitions the throughput needs (Developer Guide, "Partitions and data
	 * distribution"): provisioned, {@code ceil(RCU / 3000 + WCU / 1000)}; on-demand,
	 * enough for double the peak of reads or of writes.
	 */
	private int derivedPartitions() {
		long readCeiling = this.settings.partitionReadUnits();
		long writeCeiling = this.settings.partitionWriteUnits();
		long readUnits = this.read.rate() / 2;
		long writeUnits = this.write.rate() / 2;
		long partitions;
		if (this.mode == CapacityMode.PROVISIONED) {
			long product = readCeiling * writeCeiling;
			partitions = (readUnits * writeCeiling + writeUnits * readCeiling + product - 1) / product;
		}
		else {
			partitions = Math.max(ceilDiv(readUnits, readCeiling), ceilDiv(writeUnits, writeCeiling));
		}
		return (int) Math.max(1, Math.min(partitions, 1 << 20));
	}

	private static long ceilDiv(long value, long divisor) {
		return (value + divisor - 1) / divisor;
	}

	private void createPartitions(int count, long now) {
		BigInteger space = BigInteger.ONE.shiftLeft(64);
		for (int i = 0; i < count; i++) {
			long start = space.multiply(BigInteger.valueOf(i)).divide(BigInteger.valueOf(count)).longValue();
			long end = space.multiply(BigInteger.valueOf(i + 1L))
				.divide(BigInteger.valueOf(count))
				.subtract(BigInteger.ONE)
				.longValue();
			this.partitions.add(newPartition(start, end, now));
		}
	}

	private PartitionState newPartition(long start, long end, long now) {
		return new PartitionState(start, end, this.partitionCeiling, this.settings.diagnosticsWindow(),
				this.settings.diagnosticsWindows(), now);
	}

	/**
	 * Splits the widest partitions until there are {@code count}; partitions never merge.
	 */
	private void ensurePartitions(int count, long now) {
		while (this.partitions.size() < count) {
			PartitionState widest = this.partitions.get(0);
			for (PartitionState partition : this.partitions) {
				if (Long.compareUnsigned(partition.end - partition.start, widest.end - widest.start) > 0) {
					widest = partition;
				}
			}
			if (!widest.splittable()) {
				return;
			}
			split(widest, now);
		}
	}

	private void split(PartitionState partition, long now) {
		int position = this.partitions.indexOf(partition);
		PartitionState[] halves = partition.split(this.partitionCeiling, now);
		this.partitions.set(position, halves[0]);
		this.partitions.add(position + 1, halves[1]);
	}

	private PartitionState partitionFor(long hash) {
		int low = 0;
		int high = this.partitions.size() - 1;
		while (low < high) {
			int middle = (low + high + 1) >>> 1;
			if (Long.compareUnsigned(this.partitions.get(middle).start, hash) <= 0) {
				low = middle;
			}
			else {
				high = middle - 1;
			}
		}
		return this.partitions.get(low);
	}

	int partitionIndexOf(Value partitionKey) {
		return this.partitions.indexOf(partitionFor(KeyHash.of(partitionKey)));
	}

	int partitionCount() {
		return this.partitions.size();
	}

	boolean onDemand() {
		return this.mode == CapacityMode.ON_DEMAND;
	}

	private static long second(long now) {
		return Math.floorDiv(now, TokenBucket.NANOS_PER_SECOND);
	}

}
