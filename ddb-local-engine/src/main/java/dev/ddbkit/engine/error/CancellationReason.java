package dev.ddbkit.engine.error;

import java.util.Map;

import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Why one action of a cancelled transaction did not happen.
 * <p>
 * Source: DynamoDB API Reference, "CancellationReason" and "TransactWriteItems" (codes
 * {@code None}, {@code ConditionalCheckFailed}, {@code ItemCollectionSizeLimitExceeded},
 * {@code TransactionConflict}, {@code ProvisionedThroughputExceeded},
 * {@code ThrottlingError}, {@code ValidationError}).
 *
 * @param code the reason code
 * @param message the reason's message, or {@code null} for {@code None}
 * @param item the item when ReturnValuesOnConditionCheckFailure is ALL_OLD, or
 * {@code null}
 */
public record CancellationReason(String code, @Nullable String message, @Nullable Map<String, Value> item) {

	/** The reason of an action that was fine: {@code None}. */
	public static final CancellationReason NONE = new CancellationReason("None", null, null);

}
