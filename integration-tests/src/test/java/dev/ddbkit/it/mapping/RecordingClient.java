package dev.ddbkit.it.mapping;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * A client that passes every call to a backend's client and records the size of each
 * batch request on the way, e.g. {@code BatchWriteItem 25}, so that tests see how the
 * template chunks.
 */
final class RecordingClient {

	private final List<String> batches = new CopyOnWriteArrayList<>();

	private final DynamoDbClient client;

	RecordingClient(DynamoDbClient delegate) {
		InvocationHandler handler = (proxy, method, arguments) -> {
			if (takesBuilderConsumer(method)) {
				// The SDK's convenience overloads build the request and call the overload
				// that takes it, which is recorded.
				return InvocationHandler.invokeDefault(proxy, method, arguments);
			}
			record(arguments);
			try {
				return method.invoke(delegate, arguments);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		this.client = (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
				new Class<?>[] { DynamoDbClient.class }, handler);
	}

	/** The recording client. */
	DynamoDbClient client() {
		return this.client;
	}

	/** The batch requests seen so far, as operation and number of items or keys. */
	List<String> batches() {
		return List.copyOf(this.batches);
	}

	private void record(Object[] arguments) {
		Object request = (arguments != null && arguments.length == 1) ? arguments[0] : null;
		if (request instanceof BatchWriteItemRequest write) {
			this.batches.add("BatchWriteItem " + write.requestItems().values().stream().mapToInt(List::size).sum());
		}
		else if (request instanceof BatchGetItemRequest get) {
			this.batches.add("BatchGetItem "
					+ get.requestItems().values().stream().map(KeysAndAttributes::keys).mapToInt(List::size).sum());
		}
	}

	private static boolean takesBuilderConsumer(Method method) {
		return method.isDefault() && method.getParameterCount() == 1
				&& Consumer.class.isAssignableFrom(method.getParameterTypes()[0]);
	}

}
