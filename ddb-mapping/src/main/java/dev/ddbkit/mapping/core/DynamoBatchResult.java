package dev.ddbkit.mapping.core;

/**
 * What a batch write took: the items written, the write capacity DynamoDB reported
 * consumed ({@code ReturnConsumedCapacity=TOTAL}, summed over every response), the
 * BatchWriteItem calls sent, how many of them were retries (of unprocessed items or of a
 * call throttled as a whole), and how many calls were throttled as a whole
 * ({@code ProvisionedThroughputExceededException}, {@code ThrottlingException},
 * {@code RequestLimitExceeded}). Results of several batches add up with
 * {@link #plus(DynamoBatchResult)}.
 * <p>
 * Source: DynamoDB API Reference, "BatchWriteItem" (UnprocessedItems, ConsumedCapacity).
 *
 * @param itemsWritten items put or deleted (after duplicate keys were merged)
 * @param consumedWriteCapacityUnits write capacity units consumed, as the responses
 * report them (0 when the backend reports none)
 * @param requests BatchWriteItem calls sent
 * @param retries calls that repeated earlier ones (unprocessed items or a throttled call)
 * @param throttles calls rejected as a whole because of throttling
 */
public record DynamoBatchResult(long itemsWritten, double consumedWriteCapacityUnits, long requests, long retries,
		long throttles) {

	/** Nothing written. */
	public static final DynamoBatchResult EMPTY = new DynamoBatchResult(0, 0, 0, 0, 0);

	/**
	 * The sum of this result and another.
	 * @param other the other batch's result
	 * @return the totals
	 */
	public DynamoBatchResult plus(DynamoBatchResult other) {
		return new DynamoBatchResult(this.itemsWritten + other.itemsWritten,
				this.consumedWriteCapacityUnits + other.consumedWriteCapacityUnits, this.requests + other.requests,
				this.retries + other.retries, this.throttles + other.throttles);
	}

}
