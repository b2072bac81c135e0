package dev.ddbkit.engine.error;

import java.util.List;

/**
 * A throttled request: {@code ProvisionedThroughputExceededException},
 * {@code ThrottlingException} or {@code RequestLimitExceeded}, carrying DynamoDB's
 * {@code ThrottlingReasons}.
 * <p>
 * Source: DynamoDB API Reference, "ThrottlingReason" ({@code reason}, e.g.
 * {@code TableWriteKeyRangeThroughputExceeded}, and {@code resource}, the ARN of the
 * table or index).
 */
public class ThrottledException extends EngineException {

	private final List<Reason> reasons;

	public ThrottledException(ErrorCode code, String message, List<Reason> reasons) {
		super(code, message);
		this.reasons = List.copyOf(reasons);
	}

	/** The reasons, table reasons first. */
	public List<Reason> reasons() {
		return this.reasons;
	}

	/**
	 * One ThrottlingReason.
	 *
	 * @param reason the wire name, e.g. {@code TableReadProvisionedThroughputExceeded}
	 * @param resource the ARN of the throttled table or index
	 */
	public record Reason(String reason, String resource) {

	}

}
