package dev.ddbkit.sample.ecommerce.importer;

import java.time.Duration;

/**
 * What an import took.
 *
 * @param itemsWritten the items written (after merging duplicate keys)
 * @param consumedWriteUnits the write capacity units DynamoDB reported consumed
 * @param retries the BatchWriteItem calls that repeated earlier ones (for unprocessed
 * items or after a throttled call)
 * @param throttles the BatchWriteItem calls refused whole as throttled
 * @param elapsed the wall-clock time of the writes
 */
public record ImportReport(long itemsWritten, double consumedWriteUnits, long retries, long throttles,
		Duration elapsed) {

	/** The report as the console shows it. */
	String describe() {
		return String.format("items written: %d, consumed WCU: %.1f, retries: %d, throttles: %d, elapsed: %.1f s",
				this.itemsWritten, this.consumedWriteUnits, this.retries, this.throttles,
				this.elapsed.toMillis() / 1000.0);
	}

}
