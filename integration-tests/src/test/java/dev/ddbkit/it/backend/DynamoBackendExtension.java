package dev.ddbkit.it.backend;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One class-template invocation per backend, named after it, that resolves
 * {@link DynamoBackend} and {@code DynamoDbClient} parameters, skips everything when the
 * backend cannot run here and skips tests whose {@link RequiresCapability} the backend
 * lacks. Started backends are stopped when the whole run ends.
 */
final class DynamoBackendExtension implements ClassTemplateInvocationContextProvider {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(DynamoBackendExtension.class);

	@Override
	public boolean supportsClassTemplate(ExtensionContext context) {
		return true;
	}

	@Override
	public Stream<ClassTemplateInvocationContext> provideClassTemplateInvocationContexts(ExtensionContext context) {
		return DynamoBackends.selected().stream().map(Invocation::new);
	}

	private record Invocation(DynamoBackend backend) implements ClassTemplateInvocationContext {

		@Override
		public String getDisplayName(int invocationIndex) {
			return this.backend.name();
		}

		@Override
		public List<Extension> getAdditionalExtensions() {
			return List.of(new BackendResolver(this.backend), new CapabilityCondition(this.backend));
		}

	}

	private record BackendResolver(DynamoBackend backend) implements ParameterResolver {

		@Override
		public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
			Class<?> type = parameter.getParameter().getType();
			return type == DynamoBackend.class || type == DynamoDbClient.class;
		}

		@Override
		public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
			context.getRoot()
				.getStore(NAMESPACE)
				.computeIfAbsent(this.backend.name(), (name) -> new Stopper(this.backend), Stopper.class);
			return (parameter.getParameter().getType() == DynamoBackend.class) ? this.backend
					: lazyClient(this.backend);
		}

	}

	/**
	 * A client that starts the backend on its first call. Test instances are created
	 * before JUnit evaluates the conditions of their methods, so resolving must not start
	 * (or fail on) a backend that will be skipped.
	 */
	private static DynamoDbClient lazyClient(DynamoBackend backend) {
		InvocationHandler handler = (proxy, method, arguments) -> {
			try {
				return method.invoke(backend.client(), arguments);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
				new Class<?>[] { DynamoDbClient.class }, handler);
	}

	/**
	 * Stops a started backend when the root context closes, i.e. after the last test of
	 * the run.
	 */
	private record Stopper(DynamoBackend backend) implements AutoCloseable {

		@Override
		public void close() {
			this.backend.stop();
		}

	}

	private record CapabilityCondition(DynamoBackend backend) implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			String unavailable = this.backend.unavailableReason();
			if (unavailable != null) {
				return ConditionEvaluationResult
					.disabled(this.backend.name() + BackendSummaryListener.UNAVAILABLE + unavailable);
			}
			String missing = Stream.concat(required(context.getTestClass()), required(context.getTestMethod()))
				.filter((capability) -> !this.backend.has(capability))
				.distinct()
				.map((capability) -> capability.name() + " (" + capability.description() + ")")
				.collect(Collectors.joining(", "));
			if (!missing.isEmpty()) {
				return ConditionEvaluationResult.disabled(this.backend.name() + " lacks " + missing);
			}
			return ConditionEvaluationResult.enabled(this.backend.name() + " has what the test needs");
		}

		private static Stream<DynamoCapability> required(Optional<? extends AnnotatedElement> element) {
			return element.flatMap((annotated) -> AnnotationSupport.findAnnotation(annotated, RequiresCapability.class))
				.stream()
				.flatMap((annotation) -> Arrays.stream(annotation.value()));
		}

	}

}
