package dev.ddbkit.mapping.observability;

import java.util.function.Supplier;

/**
 * Binds a value to the current thread for the length of one call and restores what was
 * bound before, so scopes nest.
 */
final class ThreadScopes {

	private ThreadScopes() {
	}

	static <T, R> R call(ThreadLocal<T> local, T value, Supplier<R> call) {
		T previous = local.get();
		local.set(value);
		try {
			return call.get();
		}
		finally {
			// null rather than remove(): the thread keeps its entry, so the next call
			// allocates none (get() answers null either way)
			local.set(previous);
		}
	}

}
