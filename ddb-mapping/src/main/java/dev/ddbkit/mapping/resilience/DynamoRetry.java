package dev.ddbkit.mapping.resilience;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The retry layer of ddbkit: a {@link DynamoDbClient} whose every request runs inside a
 * Resilience4j {@link Retry} with exponential backoff and full jitter and the
 * {@link DynamoRetryClassifier}. Build the wrapped client with SDK retries off
 * ({@code RetryMode}/{@code maxAttempts(1)}) so that there is exactly one retry layer.
 * <p>
 * Source: AWS Architecture Blog, "Exponential Backoff And Jitter".
 */
public final class DynamoRetry {

	private DynamoRetry() {
	}

	/**
	 * A retry with full jitter: before retry {@code n} it waits a uniform random time in
	 * {@code [0, min(maxDelay, baseDelay * 2^(n-1))]}.
	 * @param name the retry's name (metrics, events)
	 * @param maxAttempts attempts in total, at least 1
	 * @param baseDelay the first backoff ceiling
	 * @param maxDelay the largest backoff ceiling
	 * @return the retry
	 */
	public static Retry create(String name, int maxAttempts, Duration baseDelay, Duration maxDelay) {
		IntervalFunction fullJitter = (attempt) -> {
			long ceiling = Math.min(maxDelay.toMillis(), baseDelay.toMillis() * (1L << Math.min(attempt - 1, 30)));
			return (ceiling <= 0) ? 0L : ThreadLocalRandom.current().nextLong(ceiling + 1);
		};
		return Retry.of(name,
				RetryConfig.custom()
					.maxAttempts(maxAttempts)
					.intervalFunction(fullJitter)
					.retryOnException(new DynamoRetryClassifier())
					.failAfterMaxAttempts(false)
					.build());
	}

	/**
	 * Wraps a client so that every request is retried under {@code retry}.
	 * @param client the client, with SDK retries off
	 * @param retry the retry
	 * @return the retrying client
	 */
	public static DynamoDbClient wrap(DynamoDbClient client, Retry retry) {
		InvocationHandler handler = (proxy, method, arguments) -> invoke(client, retry, method, arguments);
		return (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
				new Class<?>[] { DynamoDbClient.class }, handler);
	}

	private static Object invoke(DynamoDbClient client, Retry retry, Method method, Object[] arguments)
			throws Throwable {
		if (method.getDeclaringClass() == Object.class || method.getName().equals("close")
				|| method.getName().equals("serviceName") || method.getName().equals("serviceClientConfiguration")) {
			return call(client, method, arguments);
		}
		return retry.executeCheckedSupplier(() -> call(client, method, arguments));
	}

	private static Object call(DynamoDbClient client, Method method, Object[] arguments) throws Throwable {
		try {
			return method.invoke(client, arguments);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
