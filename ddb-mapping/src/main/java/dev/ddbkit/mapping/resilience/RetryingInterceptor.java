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
			try {
				DynamoDbResponse response = chain.proceed(request);
				context.onComplete();
				return response;
			}
			catch (RuntimeException ex) {
				if (attempt >= this.maxAttempts && this.retryable.test(ex)) {
					this.listener.onExhausted(request, attempt, ex);
				}
				// Rethrows ex when it is not retryable or the budget is spent; otherwise
				// waits the backoff.
				context.onRuntimeError(ex);
				this.listener.onRetry(request, attempt, ex);
				attempt++;
			}
		}
	}

}
