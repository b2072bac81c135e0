package dev.ddbkit.mapping.resilience;

import java.util.function.Predicate;

import io.github.resilience4j.retry.Retry;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;

/**
 * Runs each call under a fresh context of a Resilience4j {@link Retry}: the retry decides
 * and waits, and rethrows the last failure once the budget is spent.
 */
final class RetryingInterceptor implements DynamoClientInterceptor {

	private final Retry retry;

	private final DynamoRetryListener listener;

	private final Predicate<Throwable> retryable;

	private final int maxAttempts;

	RetryingInterceptor(Retry retry, DynamoRetryListener listener) {
		this.retry = retry;
		this.listener = listener;
		this.retryable = retry.getRetryConfig().getExceptionPredicate();
		this.maxAttempts = retry.getRetryConfig().getMaxAttempts();
	}

	@Override
	public DynamoDbResponse intercept(DynamoDbRequest request, Chain chain) {
		Retry.Context<DynamoDbResponse> context = this.retry.context();
		int attempt = 1;
		while (true) {
			DynamoDbResponse response;
			try {
				response = chain.proceed(request);
			}
			catch (RuntimeException ex) {
				awaitRetry(context, request, attempt, ex);
				attempt++;
				continue;
			}
			context.onComplete();
			this.listener.onCompleted(request, attempt, null);
			return response;
		}
	}

	// Returns after the backoff when the call is to be sent again; throws when the call
	// is over.
	private void awaitRetry(Retry.Context<DynamoDbResponse> context, DynamoDbRequest request, int attempt,
			RuntimeException failure) {
		if (attempt >= this.maxAttempts && this.retryable.test(failure)) {
			this.listener.onExhausted(request, attempt, failure);
		}
		try {
			// Rethrows the failure when it is not retryable, the budget is spent or the
			// wait is interrupted.
			context.onRuntimeError(failure);
		}
		catch (RuntimeException last) {
			this.listener.onCompleted(request, attempt, last);
			throw last;
		}
		this.listener.onRetry(request, attempt, failure);
	}

}
