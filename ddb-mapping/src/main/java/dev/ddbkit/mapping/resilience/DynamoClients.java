package dev.ddbkit.mapping.resilience;

import java.util.OptionalInt;
import java.util.random.RandomGenerator;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Decorates a {@link DynamoDbClient} with ddbkit's one retry layer.
 * <p>
 * Recommended stack, metrics inside the retry so that they see every attempt:
 * <pre class="code">
 * DynamoDbClient sdk = DynamoSdkRetries.disable(DynamoDbClient.builder()).build();
 * DynamoMetrics metrics = DynamoMetrics.builder(meterRegistry).build();
 * DynamoDbClient client = DynamoClients.withRetry(metrics.instrument(sdk), settings, metrics.retryListener());
 * </pre> The SDK's retries must be off on the delegate
 * ({@link DynamoSdkRetries#disable}): its legacy mode would otherwise make up to 8
 * attempts inside each of ours.
 */
public final class DynamoClients {

	/** The name of the Resilience4j retry built from settings. */
	public static final String RETRY_NAME = "ddb";

	private static final Logger logger = LoggerFactory.getLogger(DynamoClients.class);

	private DynamoClients() {
	}

	/**
	 * A client that retries the failures {@link DynamoRetryClassifier} accepts, as
	 * {@code settings} say.
	 * @param client the delegate, with SDK retries off
	 * @param settings attempts and backoff
	 * @return the retrying client
	 */
	public static DynamoDbClient withRetry(DynamoDbClient client, DynamoRetrySettings settings) {
		return withRetry(client, retry(settings), DynamoRetryListener.NONE);
	}

	/**
	 * A client that retries the failures {@link DynamoRetryClassifier} accepts, as
	 * {@code settings} say, and tells {@code listener} about each retry.
	 * @param client the delegate, with SDK retries off
	 * @param settings attempts and backoff
	 * @param listener told about retries and spent budgets
	 * @return the retrying client
	 */
	public static DynamoDbClient withRetry(DynamoDbClient client, DynamoRetrySettings settings,
			DynamoRetryListener listener) {
		return withRetry(client, retry(settings), listener);
	}

	/**
	 * A client that runs every call under {@code retry} (a fresh {@link Retry.Context}
	 * per call). When the budget is spent, or a failure is not retryable, the caller gets
	 * the very exception the last attempt threw.
	 * @param client the delegate, with SDK retries off
	 * @param retry the retry, e.g. from {@link #retry(DynamoRetrySettings)} or a registry
	 * @param listener told about retries and spent budgets
	 * @return the retrying client
	 * @throws IllegalArgumentException when {@code client} is already decorated with a
	 * retry
	 */
	public static DynamoDbClient withRetry(DynamoDbClient client, Retry retry, DynamoRetryListener listener) {
		if (InterceptingInvocationHandler.isDecoratedWith(client, RetryingInterceptor.class)) {
			throw new IllegalArgumentException(
					"The client already retries: ddbkit applies exactly one retry layer, decorate the undecorated client");
		}
		OptionalInt sdkAttempts = DynamoSdkRetries.maxAttempts(client);
		if (sdkAttempts.isPresent() && sdkAttempts.getAsInt() > 1) {
			logger.warn(
					"The SDK client retries up to {} attempts beneath ddbkit's retry, so attempts multiply and "
							+ "throttles stay hidden; build it with DynamoSdkRetries.disable(builder)",
					sdkAttempts.getAsInt());
		}
		return DynamoClientInterceptor.decorate(client, new RetryingInterceptor(retry, listener));
	}

	/**
	 * A Resilience4j retry named {@value #RETRY_NAME}, with {@link DynamoRetryClassifier}
	 * and {@link DynamoBackoff}.
	 * @param settings attempts and backoff
	 * @return the retry
	 */
	public static Retry retry(DynamoRetrySettings settings) {
		return Retry.of(RETRY_NAME, retryConfig(settings, DynamoBackoff.of(settings)));
	}

	/**
	 * A Resilience4j retry with {@link DynamoRetryClassifier} and {@link DynamoBackoff}
	 * drawing its jitter from {@code random}.
	 * @param name the retry's name, for Resilience4j's registry and metrics
	 * @param settings attempts and backoff
	 * @param random the source of jitter; must be thread-safe if calls are concurrent
	 * @return the retry
	 */
	public static Retry retry(String name, DynamoRetrySettings settings, RandomGenerator random) {
		return Retry.of(name, retryConfig(settings, DynamoBackoff.of(settings, random)));
	}

	/**
	 * The Resilience4j configuration behind {@link #retry(DynamoRetrySettings)}.
	 * @param settings attempts
	 * @param backoff the wait before each retry
	 * @return the configuration
	 */
	public static RetryConfig retryConfig(DynamoRetrySettings settings, DynamoBackoff backoff) {
		return RetryConfig.<Object>custom()
			.maxAttempts(settings.maxAttempts())
			.intervalBiFunction(backoff)
			.retryOnException(DynamoRetryClassifier.instance())
			.build();
	}

}
