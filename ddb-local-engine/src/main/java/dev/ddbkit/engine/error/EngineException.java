package dev.ddbkit.engine.error;

import java.util.Map;

import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A DynamoDB error raised by the engine: a type from {@link ErrorCode} and DynamoDB's
 * message. The two doors (in-process client and HTTP server) translate it into the SDK
 * exception or the JSON error envelope.
 */
public class EngineException extends RuntimeException {

	private final ErrorCode code;

	private final @Nullable Map<String, Value> item;

	public EngineException(ErrorCode code, String message) {
		this(code, message, null);
	}

	/**
	 * @param code the DynamoDB error type
	 * @param message DynamoDB's message text
	 * @param item the item returned with a failed condition when
	 * {@code ReturnValuesOnConditionCheckFailure=ALL_OLD}, or {@code null}
	 */
	public EngineException(ErrorCode code, String message, @Nullable Map<String, Value> item) {
		super(message, null, false, false);
		this.code = code;
		this.item = item;
	}

	/**
	 * A {@link ErrorCode#VALIDATION} error with {@link String#format(String, Object...)}
	 * applied.
	 */
	public static EngineException validation(String format, Object... arguments) {
		return new EngineException(ErrorCode.VALIDATION, String.format(format, arguments));
	}

	public ErrorCode code() {
		return this.code;
	}

	/**
	 * The item that failed a condition, when the request asked for it; otherwise
	 * {@code null}.
	 */
	public @Nullable Map<String, Value> item() {
		return this.item;
	}

}
