package dev.ddbkit.mapping.observability;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * One execution of a query or scan with a {@code FilterExpression}, as the metered client
 * counts it ({@link DynamoMetrics#FILTERED_QUERIES},
 * {@link DynamoMetrics#FILTERED_ITEMS}). The template creates one per execution and runs
 * each of its requests (every page, every shard) inside {@link #call(Supplier)} on the
 * calling thread, so the execution is counted once however many requests it sends. Needs
 * no Micrometer: without a metered client nothing reads it.
 */
public final class DynamoFilteredQuery {

	/** The {@code method} tag of a query run without a label (a template call). */
	public static final String NONE = "none";

	private static final ThreadLocal<DynamoFilteredQuery> CURRENT = new ThreadLocal<>();

	private final String method;

	private final AtomicBoolean counted = new AtomicBoolean();

	/**
	 * Starts an execution.
	 * @param method what runs the query, e.g.
	 * {@code OrderRepository.findByStatus(Status)}, {@code null} for {@value #NONE}
	 */
	public DynamoFilteredQuery(@Nullable String method) {
		this.method = (method != null) ? method : NONE;
	}

	/** What runs the query, the {@code method} tag. */
	public String method() {
		return this.method;
	}

	/**
	 * Runs one request of this execution.
	 * @param call the request
	 * @param <R> the result type
	 * @return the call's result
	 */
	public <R> R call(Supplier<R> call) {
		return ThreadScopes.call(CURRENT, this, call);
	}

	/**
	 * Whether this is the first answered request of the execution; {@code true} once.
	 */
	boolean first() {
		return this.counted.compareAndSet(false, true);
	}

	/** The filtered execution of the request on this thread, if any. */
	static @Nullable DynamoFilteredQuery current() {
		return CURRENT.get();
	}

}
