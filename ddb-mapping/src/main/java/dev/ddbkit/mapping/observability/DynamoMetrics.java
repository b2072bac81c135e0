package dev.ddbkit.mapping.observability;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingReason;

/**
 * Micrometer meters around a {@link DynamoDbClient}:
 * <ul>
 * <li>{@code ddb.requests} (timer): tags {@code operation} (e.g. {@code PutItem}),
 * {@code table}, {@code outcome} ({@code success} or the error code);</li>
 * <li>{@code ddb.capacity.consumed} (counter, capacity units): tags {@code table},
 * {@code index} ({@code table} for the base table), {@code operation}; every data request
 * asks for {@code ReturnConsumedCapacity=INDEXES} unless it set a value itself;</li>
 * <li>{@code ddb.throttles} (counter): tags {@code table}, {@code reason} (DynamoDB's
 * throttling reason, or {@code unknown}).</li>
 * </ul>
 * Tags never carry keys, so their number stays bounded.
 * <p>
 * Source: DynamoDB API Reference, "ConsumedCapacity" and "ThrottlingReason".
 */
public final class DynamoMetrics {

	private DynamoMetrics() {
	}

	/**
	 * Wraps a client with meters.
	 * @param client the client
	 * @param registry where meters go
	 * @return the metered client
	 */
	public static DynamoDbClient wrap(DynamoDbClient client, MeterRegistry registry) {
		InvocationHandler handler = (proxy, method, arguments) -> invoke(client, registry, method, arguments);
		return (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
				new Class<?>[] { DynamoDbClient.class }, handler);
	}

	private static @Nullable Object invoke(DynamoDbClient client, MeterRegistry registry, Method method,
			@Nullable Object[] arguments) throws Throwable {
		Object request = (arguments != null && arguments.length == 1) ? arguments[0] : null;
		String returnType = method.getReturnType().getName();
		if (request == null || !returnType.endsWith("Response") || method.getName().endsWith("Paginator")) {
			return call(client, method, arguments);
		}
		if (request instanceof Consumer<?> consumer) {
			request = build(returnType.substring(0, returnType.length() - "Response".length()) + "Request", consumer);
			method = DynamoDbClient.class.getMethod(method.getName(), request.getClass());
		}
		request = withConsumedCapacity(request);
		String operation = Character.toUpperCase(method.getName().charAt(0)) + method.getName().substring(1);
		String table = tableOf(request);
		Timer.Sample sample = Timer.start(registry);
		String outcome = "success";
		try {
			Object response = call(client, method, new Object[] { request });
			recordCapacity(registry, operation, response);
			return response;
		}
		catch (Throwable ex) {
			outcome = (ex instanceof AwsServiceException aws && aws.awsErrorDetails() != null
					&& aws.awsErrorDetails().errorCode() != null) ? aws.awsErrorDetails().errorCode()
							: ex.getClass().getSimpleName();
			if (ex instanceof ProvisionedThroughputExceededException throttled) {
				List<ThrottlingReason> reasons = throttled.hasThrottlingReasons() ? throttled.throttlingReasons()
						: List.of();
				if (reasons.isEmpty()) {
					registry.counter("ddb.throttles", "table", table, "reason", "unknown").increment();
				}
				reasons.forEach((reason) -> registry
					.counter("ddb.throttles", "table", table, "reason", String.valueOf(reason.reason()))
					.increment());
			}
			throw ex;
		}
		finally {
			sample.stop(registry.timer("ddb.requests", "operation", operation, "table", table, "outcome", outcome));
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Object build(String requestClass, Consumer consumer) throws ReflectiveOperationException {
		Object builder = Class.forName(requestClass).getMethod("builder").invoke(null);
		consumer.accept(builder);
		Class<?> builderType = Class.forName(requestClass + "$Builder");
		return builderType.getMethod("build").invoke(builder);
	}

	private static Object withConsumedCapacity(Object request) {
		try {
			Method current = request.getClass().getMethod("returnConsumedCapacity");
			if (current.invoke(request) != null) {
				return request;
			}
			Class<?> builderType = Class.forName(request.getClass().getName() + "$Builder");
			Object builder = request.getClass().getMethod("toBuilder").invoke(request);
			builderType.getMethod("returnConsumedCapacity", ReturnConsumedCapacity.class)
				.invoke(builder, ReturnConsumedCapacity.INDEXES);
			return builderType.getMethod("build").invoke(builder);
		}
		catch (ReflectiveOperationException ex) {
			// control-plane requests have no consumed capacity to ask for
			return request;
		}
	}

	private static String tableOf(Object request) {
		try {
			Object table = request.getClass().getMethod("tableName").invoke(request);
			return (table != null) ? table.toString() : "none";
		}
		catch (ReflectiveOperationException ex) {
			return "multiple";
		}
	}

	private static void recordCapacity(MeterRegistry registry, String operation, @Nullable Object response) {
		if (response == null) {
			return;
		}
		Object consumed;
		try {
			consumed = response.getClass().getMethod("consumedCapacity").invoke(response);
		}
		catch (ReflectiveOperationException ex) {
			return;
		}
		if (consumed instanceof ConsumedCapacity capacity) {
			record(registry, operation, capacity);
		}
		else if (consumed instanceof List<?> list) {
			list.forEach((element) -> record(registry, operation, (ConsumedCapacity) element));
		}
	}

	private static void record(MeterRegistry registry, String operation, ConsumedCapacity capacity) {
		String table = String.valueOf(capacity.tableName());
		if (capacity.table() != null && capacity.table().capacityUnits() != null) {
			registry.counter("ddb.capacity.consumed", "table", table, "index", "table", "operation", operation)
				.increment(capacity.table().capacityUnits());
		}
		else if (capacity.capacityUnits() != null) {
			registry.counter("ddb.capacity.consumed", "table", table, "index", "table", "operation", operation)
				.increment(capacity.capacityUnits());
		}
		if (capacity.hasGlobalSecondaryIndexes()) {
			capacity.globalSecondaryIndexes()
				.forEach((index, units) -> registry
					.counter("ddb.capacity.consumed", "table", table, "index", index, "operation", operation)
					.increment((units.capacityUnits() != null) ? units.capacityUnits() : 0));
		}
		if (capacity.hasLocalSecondaryIndexes()) {
			capacity.localSecondaryIndexes()
				.forEach((index, units) -> registry
					.counter("ddb.capacity.consumed", "table", table, "index", index, "operation", operation)
					.increment((units.capacityUnits() != null) ? units.capacityUnits() : 0));
		}
	}

	private static @Nullable Object call(DynamoDbClient client, Method method, @Nullable Object[] arguments)
			throws Throwable {
		try {
			return method.invoke(client, arguments);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
