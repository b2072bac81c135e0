package dev.ddbkit.autoconfigure.actuate;

import java.math.BigInteger;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.capacity.HotKey;
import dev.ddbkit.engine.capacity.PartitionDiagnostics;
import dev.ddbkit.engine.capacity.ResourceDiagnostics;
import dev.ddbkit.engine.capacity.TableDiagnostics;
import dev.ddbkit.engine.capacity.ThrottlingReason;
import dev.ddbkit.engine.capacity.UsageWindow;
import dev.ddbkit.engine.value.Value;

/**
 * The embedded engine's partition heat of one table, as the {@code ddb} endpoint reports
 * it: the table (with its LSIs, which share its throughput) and each GSI. Counts and
 * units are totals over the windows the engine retains
 * ({@code ddb.engine.throughput.diagnostics-window} times
 * {@code ddb.engine.throughput.diagnostics-windows}, one hour by default).
 *
 * @param table the table
 * @param globalSecondaryIndexes each GSI by name
 */
public record DynamoPartitionHeat(Resource table, Map<String, Resource> globalSecondaryIndexes) {

	/**
	 * The heat of every table of the engine's diagnostics.
	 * @param diagnostics {@code DynamoEngine.capacityDiagnostics()}
	 * @return the heat by table name, in the same order
	 */
	public static Map<String, DynamoPartitionHeat> of(Map<String, TableDiagnostics> diagnostics) {
		Map<String, DynamoPartitionHeat> heat = new LinkedHashMap<>();
		diagnostics.forEach((name, table) -> {
			Map<String, Resource> indexes = new LinkedHashMap<>();
			table.globalSecondaryIndexes().forEach((index, resource) -> indexes.put(index, Resource.of(resource)));
			heat.put(name, new DynamoPartitionHeat(Resource.of(table.table()), indexes));
		});
		return heat;
	}

	/**
	 * A table or GSI.
	 *
	 * @param name the table or index name
	 * @param mode {@code PROVISIONED} or {@code ON_DEMAND}
	 * @param readUnitsPerSecond the current read ceiling (provisioned RCU, or for
	 * on-demand double the previous peak)
	 * @param writeUnitsPerSecond the current write ceiling
	 * @param readThrottleEvents throttled reads
	 * @param writeThrottleEvents throttled writes
	 * @param consumedReadCapacityUnits read capacity units consumed
	 * @param consumedWriteCapacityUnits write capacity units consumed
	 * @param partitions the partitions in hash order
	 * @param hottestKeys the most demanded partition keys, heaviest first
	 * @param throttlesByReason throttled requests by DynamoDB's throttling reason (e.g.
	 * {@code TableWriteKeyRangeThroughputExceeded}); reasons never reported are absent
	 */
	public record Resource(String name, String mode, double readUnitsPerSecond, double writeUnitsPerSecond,
			long readThrottleEvents, long writeThrottleEvents, double consumedReadCapacityUnits,
			double consumedWriteCapacityUnits, List<Partition> partitions, List<Key> hottestKeys,
			Map<String, Long> throttlesByReason) {

		static Resource of(ResourceDiagnostics resource) {
			return new Resource(resource.name(), resource.mode().name(), resource.readUnitsPerSecond(),
					resource.writeUnitsPerSecond(), resource.readThrottleEvents(), resource.writeThrottleEvents(),
					resource.consumedReadCapacityUnits(), resource.consumedWriteCapacityUnits(),
					resource.partitions().stream().map(Partition::of).toList(),
					resource.hottestKeys().stream().map(Key::of).toList(), byWireName(resource.throttlesByReason()));
		}

		private static Map<String, Long> byWireName(Map<ThrottlingReason, Long> throttles) {
			Map<String, Long> byName = new LinkedHashMap<>();
			throttles.forEach((reason, count) -> byName.put(reason.wireName(), count));
			return byName;
		}

	}

	/**
	 * One hash-range partition.
	 *
	 * @param index the position in hash order, from 0
	 * @param hashStart the first 64-bit key hash of the range, unsigned
	 * @param hashEnd the last key hash of the range, inclusive, unsigned
	 * @param storedBytes the bytes stored in the partition
	 * @param consumedReadCapacityUnits read capacity units consumed
	 * @param consumedWriteCapacityUnits write capacity units consumed
	 * @param readThrottleEvents throttled reads
	 * @param writeThrottleEvents throttled writes
	 */
	public record Partition(int index, BigInteger hashStart, BigInteger hashEnd, long storedBytes,
			double consumedReadCapacityUnits, double consumedWriteCapacityUnits, long readThrottleEvents,
			long writeThrottleEvents) {

		static Partition of(PartitionDiagnostics partition) {
			List<UsageWindow> windows = partition.windows();
			return new Partition(partition.index(), unsigned(partition.hashStart()), unsigned(partition.hashEnd()),
					partition.storedBytes(), windows.stream().mapToDouble(UsageWindow::consumedReadCapacityUnits).sum(),
					windows.stream().mapToDouble(UsageWindow::consumedWriteCapacityUnits).sum(),
					windows.stream().mapToLong(UsageWindow::readThrottleEvents).sum(),
					windows.stream().mapToLong(UsageWindow::writeThrottleEvents).sum());
		}

		private static BigInteger unsigned(long hash) {
			return new BigInteger(Long.toUnsignedString(hash));
		}

	}

	/**
	 * A partition key among the most demanded.
	 *
	 * @param partitionKey the key: a string as is, a number in plain decimal, a binary in
	 * Base64
	 * @param capacityUnits the capacity units asked for with it, granted or throttled (an
	 * upper bound)
	 */
	public record Key(String partitionKey, double capacityUnits) {

		static Key of(HotKey key) {
			return new Key(text(key.partitionKey()), key.capacityUnits());
		}

		private static String text(Value value) {
			if (value instanceof Value.S s) {
				return s.value();
			}
			if (value instanceof Value.N n) {
				return n.value().toPlainString();
			}
			if (value instanceof Value.B b) {
				return Base64.getEncoder().encodeToString(b.value().toByteArray());
			}
			return String.valueOf(value);
		}

	}

}
