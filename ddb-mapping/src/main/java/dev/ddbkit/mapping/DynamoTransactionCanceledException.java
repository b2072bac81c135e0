package dev.ddbkit.mapping;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A transaction DynamoDB canceled ({@code TransactionCanceledException}), with one reason
 * per action, in the order of the actions: {@code None} for actions that were fine,
 * otherwise e.g. {@code ConditionalCheckFailed}, {@code TransactionConflict},
 * {@code ValidationError}, {@code ThrottlingError}. Version conflicts and duplicate
 * inserts are raised as {@link org.springframework.dao.OptimisticLockingFailureException}
 * and {@link org.springframework.dao.DuplicateKeyException} with this exception as the
 * cause.
 * <p>
 * Source: DynamoDB API Reference, "TransactWriteItems", {@code CancellationReasons}.
 */
public class DynamoTransactionCanceledException extends DataIntegrityViolationException {

	private final List<Reason> reasons;

	/**
	 * Creates the exception.
	 * @param message what was canceled
	 * @param reasons one per action
	 * @param cause the SDK exception
	 */
	public DynamoTransactionCanceledException(String message, List<Reason> reasons, @Nullable Throwable cause) {
		super(message, cause);
		this.reasons = List.copyOf(reasons);
	}

	/** One reason per action, in action order. */
	public List<Reason> getReasons() {
		return this.reasons;
	}

	/**
	 * Whether any action failed because of a concurrent transaction (a retry may
	 * succeed).
	 */
	public boolean isConflict() {
		return this.reasons.stream().anyMatch((reason) -> "TransactionConflict".equals(reason.code()));
	}

	/**
	 * Why one action of the transaction did not apply.
	 *
	 * @param index the action's position, from 0
	 * @param action the action, e.g. {@code Put Order {PK=..., SK=...}}
	 * @param code DynamoDB's code, {@code None} when the action was fine
	 * @param message DynamoDB's message, if any
	 */
	public record Reason(int index, String action, String code, @Nullable String message) {

		@Override
		public String toString() {
			return "[" + this.index + "] " + this.action + ": " + this.code
					+ ((this.message != null) ? " (" + this.message + ")" : "");
		}

	}

}
