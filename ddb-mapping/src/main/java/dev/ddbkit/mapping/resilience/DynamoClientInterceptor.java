package dev.ddbkit.mapping.resilience;

import java.lang.reflect.Proxy;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;

/**
 * Code around every request-response call of a {@link DynamoDbClient}: the retry and the
 * metrics of ddbkit are interceptors, and interceptors compose by decorating a decorated
 * client.
 * <p>
 * {@link #decorate} covers every operation of the interface, present and future, with a
 * {@link Proxy}: each {@code XxxResponse xxx(XxxRequest)} call goes through
 * {@link #intercept}; the {@code Consumer<Builder>} and no-argument variants and the
 * paginators run their default implementation on the decorated client, so that every page
 * request is intercepted too; {@code close()}, {@code serviceName()}, {@code waiter()}
 * and {@code serviceClientConfiguration()} go straight to the delegate.
 */
@FunctionalInterface
public interface DynamoClientInterceptor {

	/**
	 * Handles one call.
	 * @param request the request the caller made
	 * @param chain sends a request (this one, or a copy of the same type) to the delegate
	 * @return the response for the caller
	 * @throws RuntimeException what the delegate threw, or a failure of the interceptor
	 */
	DynamoDbResponse intercept(DynamoDbRequest request, Chain chain);

	/**
	 * A client that passes every call of {@code client} through {@code interceptor}.
	 * @param client the delegate
	 * @param interceptor the code around each call
	 * @return the decorated client; closing it closes {@code client}
	 */
	static DynamoDbClient decorate(DynamoDbClient client, DynamoClientInterceptor interceptor) {
		return (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
				new Class<?>[] { DynamoDbClient.class }, new InterceptingInvocationHandler(client, interceptor));
	}

	/** The rest of the call: the delegate client. */
	@FunctionalInterface
	interface Chain {

		/**
		 * Sends {@code request} to the delegate.
		 * @param request the caller's request or a modified copy of the same type
		 * @return the delegate's response
		 * @throws IllegalArgumentException when {@code request} is of another type than
		 * the caller's request
		 */
		DynamoDbResponse proceed(DynamoDbRequest request);

	}

}
