package dev.ddbkit.mapping.observability;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The entity type a DynamoDB call is made for, as the request timers tag it
 * ({@code entity}). The template runs each call of one entity type inside
 * {@link #call(String, Supplier)} on the calling thread; the metering decorator reads
 * {@link #current()}. Calls made outside the template (or for ready-made items) are
 * tagged {@value #NONE}; calls for several entity types (a transaction or batch across
 * types) {@value #MULTIPLE}, so the tag stays bounded by the number of entity types.
 * Needs no Micrometer.
 */
public final class DynamoEntityScope {

	/** The tag of calls made for no known entity. */
	public static final String NONE = "none";

	/** The tag of calls made for several entity types at once. */
	public static final String MULTIPLE = "multiple";

	private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

	private DynamoEntityScope() {
	}

	/**
	 * Runs a call for an entity type.
	 * @param entity the entity type name (e.g. {@code Order})
	 * @param call the call
	 * @param <R> the result type
	 * @return the call's result
	 */
	public static <R> R call(String entity, Supplier<R> call) {
		return ThreadScopes.call(CURRENT, entity, call);
	}

	/**
	 * The tag of calls for these entity types: the one type, {@value #MULTIPLE} or
	 * {@value #NONE}.
	 * @param entities the entity type names
	 * @return the tag value
	 */
	public static String of(Collection<String> entities) {
		Set<String> distinct = new LinkedHashSet<>(entities);
		return distinct.isEmpty() ? NONE : (distinct.size() == 1) ? distinct.iterator().next() : MULTIPLE;
	}

	/** The entity type of the call on this thread, {@value #NONE} when unknown. */
	public static String current() {
		@Nullable String entity = CURRENT.get();
		return (entity != null) ? entity : NONE;
	}

}
