package dev.ddbkit.engine.capacity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.capacity.ThrottlingReason.Operation;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The capacity one request wants from one table and its GSIs, with the partition keys
 * that place it on partitions.
 * <p>
 * A read request charges the table (GetItem, Query/Scan of the table or an LSI) or one
 * GSI (Query/Scan of the GSI). A write request charges the table (the item write plus its
 * LSI writes, with the table's partition key) and each GSI it touches, with the GSI's
 * partition key: a GSI key change is two charges, the delete on the old key and the put
 * on the new one.
 *
 * @param tableName the table
 * @param operation read or write
 * @param charges what each table or GSI partition is charged
 */
public record ThroughputRequest(String tableName, Operation operation, List<Charge> charges) {

	public ThroughputRequest {
		charges = List.copyOf(charges);
	}

	/**
	 * One charge.
	 *
	 * @param indexName the GSI, {@code null} for the table (and its LSIs)
	 * @param partitionKey the partition key value of the table or GSI, {@code null} when
	 * no partition is known (an empty Scan page): then only table-level limits apply
	 * @param halfUnits capacity in half units
	 */
	public record Charge(@Nullable String indexName, @Nullable Value partitionKey, long halfUnits) {

		public Charge {
			if (halfUnits < 0) {
				throw new IllegalArgumentException("Half units must not be negative");
			}
		}

	}

	/** A read request builder. */
	public static Builder read(String tableName) {
		return new Builder(tableName, Operation.READ);
	}

	/** A write request builder. */
	public static Builder write(String tableName) {
		return new Builder(tableName, Operation.WRITE);
	}

	/** Collects the charges of one request. */
	public static final class Builder {

		private final String tableName;

		private final Operation operation;

		private final List<Charge> charges = new ArrayList<>();

		private Builder(String tableName, Operation operation) {
			this.tableName = tableName;
			this.operation = operation;
		}

		/** Charges the table (and its LSIs) on the partition of {@code partitionKey}. */
		public Builder table(@Nullable Value partitionKey, long halfUnits) {
			this.charges.add(new Charge(null, partitionKey, halfUnits));
			return this;
		}

		/** Charges a GSI on the partition of its {@code partitionKey}. */
		public Builder index(String indexName, @Nullable Value partitionKey, long halfUnits) {
			this.charges.add(new Charge(indexName, partitionKey, halfUnits));
			return this;
		}

		/**
		 * Charges the table ({@code indexName} {@code null}) or a GSI for one Scan page
		 * that read several partition keys: the page's {@code halfUnits} (priced once for
		 * the whole page) split over the keys in proportion to the bytes read under each,
		 * so that every partition the page read pays its share and the table or GSI pays
		 * the page exactly once.
		 * @param bytesByKey bytes read per partition key value (none: the page's price
		 * goes to no partition)
		 */
		public Builder spread(@Nullable String indexName, Map<Value, Long> bytesByKey, long halfUnits) {
			long totalBytes = bytesByKey.values().stream().mapToLong(Long::longValue).sum();
			if (totalBytes <= 0) {
				this.charges.add(new Charge(indexName, null, halfUnits));
				return this;
			}
			// cumulative rounding: each key gets its share of the running total, so the
			// shares add up to the page's price and small keys are not all rounded away
			long cumulativeBytes = 0;
			long given = 0;
			for (Map.Entry<Value, Long> entry : bytesByKey.entrySet()) {
				cumulativeBytes += entry.getValue();
				long due = Math.multiplyExact(halfUnits, cumulativeBytes) / totalBytes;
				if (due > given) {
					this.charges.add(new Charge(indexName, entry.getKey(), due - given));
					given = due;
				}
			}
			return this;
		}

		/**
		 * Charges a GSI for what a table write does to its entry (see
		 * {@link CapacityUnits#indexWriteHalfUnits}): nothing, a put on the new key, a
		 * delete on the old key, an update in place, or a delete on the old key plus a
		 * put on the new one.
		 * @param beforeKey the GSI partition key of the entry before the write
		 * ({@code null} when absent)
		 * @param afterKey the GSI partition key of the entry after the write
		 * ({@code null} when absent)
		 */
		public Builder indexWrite(String indexName, IndexEntryChange change, @Nullable Value beforeKey,
				@Nullable Value afterKey) {
			long deleteUnits = CapacityUnits.writeHalfUnits(change.beforeBytes(), 0, false);
			long putUnits = CapacityUnits.writeHalfUnits(0, change.afterBytes(), false);
			switch (change.kind()) {
				case NONE -> {
				}
				case CREATED -> index(indexName, afterKey, putUnits);
				case REMOVED -> index(indexName, beforeKey, deleteUnits);
				case UPDATED -> index(indexName, afterKey, CapacityUnits.indexWriteHalfUnits(change));
				case KEY_CHANGED -> {
					index(indexName, beforeKey, deleteUnits);
					index(indexName, afterKey, putUnits);
				}
			}
			return this;
		}

		/** The request. */
		public ThroughputRequest build() {
			return new ThroughputRequest(this.tableName, this.operation, this.charges);
		}

	}

}
