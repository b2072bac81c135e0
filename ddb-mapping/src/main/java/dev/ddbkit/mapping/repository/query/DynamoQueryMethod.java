package dev.ddbkit.mapping.repository.query;

import java.lang.reflect.Method;

import dev.ddbkit.mapping.annotation.AllowScan;
import dev.ddbkit.mapping.annotation.ConsistentRead;
import dev.ddbkit.mapping.annotation.QueryIndex;
import dev.ddbkit.mapping.repository.AllowCount;
import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.query.QueryMethod;

/**
 * A repository query method with ddbkit's method annotations: {@link QueryIndex},
 * {@link ConsistentRead}, {@link AllowScan}, {@link AllowCount}.
 */
public class DynamoQueryMethod extends QueryMethod {

	private final Method method;

	// every execution labels its request with them: built once
	private final String signature;

	private final String label;

	/**
	 * Creates the query method.
	 * @param method the repository method
	 * @param metadata the repository
	 * @param factory the projection factory
	 */
	public DynamoQueryMethod(Method method, RepositoryMetadata metadata, ProjectionFactory factory) {
		super(method, metadata, factory);
		this.method = method;
		StringBuilder signature = new StringBuilder(method.getName()).append('(');
		Class<?>[] types = method.getParameterTypes();
		for (int i = 0; i < types.length; i++) {
			signature.append((i > 0) ? ", " : "").append(types[i].getSimpleName());
		}
		this.signature = signature.append(')').toString();
		this.label = metadata.getRepositoryInterface().getSimpleName() + "." + this.signature;
	}

	/** The Java method. */
	public Method getJavaMethod() {
		return this.method;
	}

	/**
	 * The path named by {@link QueryIndex} ({@code ""} for the table), {@code null} to
	 * let the planner choose.
	 */
	public @Nullable String getRequestedPath() {
		QueryIndex index = AnnotatedElementUtils.findMergedAnnotation(this.method, QueryIndex.class);
		return (index != null) ? index.value() : null;
	}

	/** Whether the method asks for strongly consistent reads. */
	public boolean isConsistentRead() {
		return AnnotatedElementUtils.hasAnnotation(this.method, ConsistentRead.class);
	}

	/**
	 * Whether the method, or its repository, allows a Scan when no key serves it
	 * ({@link AllowScan}).
	 */
	public boolean isScanAllowed() {
		return AnnotatedElementUtils.hasAnnotation(this.method, AllowScan.class)
				|| AnnotatedElementUtils.hasAnnotation(this.method.getDeclaringClass(), AllowScan.class);
	}

	/**
	 * Whether the method may count every match for a {@code Page} total
	 * ({@link AllowCount}).
	 */
	public boolean isCountAllowed() {
		return AnnotatedElementUtils.hasAnnotation(this.method, AllowCount.class);
	}

	/**
	 * The repository and signature, e.g.
	 * {@code OrderRepository.findByStatus(OrderStatus)}: the access-pattern report's name
	 * and the {@code method} tag of the filtered-query meters.
	 */
	public String getLabel() {
		return this.label;
	}

	/** A short signature for messages, e.g. {@code findByStatus(OrderStatus)}. */
	public String getSignature() {
		return this.signature;
	}

}
