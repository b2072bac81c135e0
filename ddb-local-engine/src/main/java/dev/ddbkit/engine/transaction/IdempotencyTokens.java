package dev.ddbkit.engine.transaction;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.error.ErrorCode;

/**
 * The ClientRequestTokens of completed TransactWriteItems calls, each remembered for 10
 * minutes on the engine's clock with the request it came with.
 * <p>
 * Source: DynamoDB API Reference, "TransactWriteItems" (ClientRequestToken: "valid for 10
 * minutes after the first request that uses it completes"; the same token with other
 * parameters raises IdempotentParameterMismatchException).
 */
public final class IdempotencyTokens {

	/** How long a token is remembered. */
	public static final Duration WINDOW = Duration.ofMinutes(10);

	private final InstantSource clock;

	private final Map<String, Entry> tokens = new ConcurrentHashMap<>();

	public IdempotencyTokens(InstantSource clock) {
		this.clock = clock;
	}

	/**
	 * Whether a request with this token already completed within the window.
	 * @param token the ClientRequestToken
	 * @param request the request, compared by {@code equals}
	 * @return {@code true} when the same request already completed (do nothing again)
	 * @throws EngineException IdempotentParameterMismatchException when the token came
	 * with another request
	 */
	public boolean completed(String token, Object request) {
		expire();
		Entry entry = this.tokens.get(token);
		if (entry == null) {
			return false;
		}
		if (!entry.request().equals(request)) {
			throw new EngineException(ErrorCode.IDEMPOTENT_PARAMETER_MISMATCH,
					"DynamoDB rejected the request because you retried a request with a different payload but with an idempotent token that was already used.");
		}
		return true;
	}

	/** Remembers a completed request. */
	public void complete(String token, Object request) {
		this.tokens.put(token, new Entry(request, this.clock.instant()));
	}

	private void expire() {
		Instant oldest = this.clock.instant().minus(WINDOW);
		for (Iterator<Entry> entries = this.tokens.values().iterator(); entries.hasNext();) {
			if (!entries.next().completedAt().isAfter(oldest)) {
				entries.remove();
			}
		}
	}

	private record Entry(Object request, Instant completedAt) {

	}

}
