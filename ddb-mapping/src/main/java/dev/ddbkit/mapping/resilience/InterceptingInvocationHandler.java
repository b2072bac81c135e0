package dev.ddbkit.mapping.resilience;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;

/**
 * Dispatches the calls of a decorated {@link DynamoDbClient}; see
 * {@link DynamoClientInterceptor#decorate}.
 */
final class InterceptingInvocationHandler implements InvocationHandler {

	private final DynamoDbClient delegate;

	private final DynamoClientInterceptor interceptor;

	InterceptingInvocationHandler(DynamoDbClient delegate, DynamoClientInterceptor interceptor) {
		this.delegate = delegate;
		this.interceptor = interceptor;
	}

	/**
	 * Whether {@code client}, or a client it decorates, already runs an interceptor of
	 * {@code type}.
	 */
	static boolean isDecoratedWith(DynamoDbClient client, Class<? extends DynamoClientInterceptor> type) {
		Object current = client;
		while (Proxy.isProxyClass(current.getClass())
				&& Proxy.getInvocationHandler(current) instanceof InterceptingInvocationHandler handler) {
			if (type.isInstance(handler.interceptor)) {
				return true;
			}
			current = handler.delegate;
		}
		return false;
	}

	@Override
	public @Nullable Object invoke(Object proxy, Method method, @Nullable Object @Nullable [] args) throws Throwable {
		if (method.getDeclaringClass() == Object.class) {
			return objectMethod(proxy, method, args);
		}
		if (isRequestResponse(method, args)) {
			DynamoDbRequest request = (DynamoDbRequest) args[0];
			return this.interceptor.intercept(request, (sent) -> send(method, request, sent));
		}
		if (method.isDefault() && runsOnProxy(method)) {
			// Builds the request, or the paginator, against the proxy so that the calls
			// it makes are intercepted.
			return InvocationHandler.invokeDefault(proxy, method, args);
		}
		return invokeDelegate(method, args);
	}

	private DynamoDbResponse send(Method method, DynamoDbRequest original, DynamoDbRequest sent) {
		if (sent.getClass() != original.getClass()) {
			throw new IllegalArgumentException("An interceptor of " + method.getName() + " must send a "
					+ original.getClass().getSimpleName() + " but sent a " + sent.getClass().getSimpleName());
		}
		try {
			return (DynamoDbResponse) invokeDelegate(method, new Object[] { sent });
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new UndeclaredThrowableException(ex);
		}
	}

	private @Nullable Object invokeDelegate(Method method, @Nullable Object @Nullable [] args) throws Throwable {
		try {
			return method.invoke(this.delegate, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	private Object objectMethod(Object proxy, Method method, @Nullable Object @Nullable [] args) {
		return switch (method.getName()) {
			case "equals" -> args != null && proxy == args[0];
			case "hashCode" -> System.identityHashCode(proxy);
			default -> "Intercepted(" + this.delegate + ")";
		};
	}

	private static boolean isRequestResponse(Method method, @Nullable Object @Nullable [] args) {
		return args != null && args.length == 1 && args[0] instanceof DynamoDbRequest
				&& DynamoDbResponse.class.isAssignableFrom(method.getReturnType());
	}

	private static boolean runsOnProxy(Method method) {
		Class<?>[] parameters = method.getParameterTypes();
		if (parameters.length == 1 && parameters[0] == Consumer.class) {
			return true;
		}
		if (parameters.length == 0 && DynamoDbResponse.class.isAssignableFrom(method.getReturnType())) {
			return true;
		}
		return method.getName().endsWith("Paginator");
	}

}
