package dev.ddbkit.engine.error;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A cancelled transaction: one {@link CancellationReason} per action, in request order.
 * The message lists the codes as DynamoDB does: "Transaction cancelled, please refer
 * cancellation reasons for specific reasons [None, ConditionalCheckFailed]".
 */
public class TransactionCanceledException extends EngineException {

	private final List<CancellationReason> reasons;

	public TransactionCanceledException(List<CancellationReason> reasons) {
		super(ErrorCode.TRANSACTION_CANCELED,
				"Transaction cancelled, please refer cancellation reasons for specific reasons "
						+ reasons.stream().map(CancellationReason::code).collect(Collectors.joining(", ", "[", "]")));
		this.reasons = List.copyOf(reasons);
	}

	/** One reason per action, in request order. */
	public List<CancellationReason> reasons() {
		return this.reasons;
	}

}
