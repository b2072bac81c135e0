package dev.ddbkit.engine.operation;

import java.util.Objects;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.storage.TableStore;
import org.jspecify.annotations.Nullable;

/**
 * UpdateTimeToLive and DescribeTimeToLive. The setting is recorded; expiry sweeping comes
 * with the TTL sweeper.
 * <p>
 * Source: DynamoDB API Reference, "UpdateTimeToLive" ("TimeToLive is already enabled" /
 * "already disabled"), "DescribeTimeToLive".
 */
public final class TimeToLiveOperations {

	private final EngineContext context;

	public TimeToLiveOperations(EngineContext context) {
		this.context = context;
	}

	/** Enables or disables TTL on an attribute. */
	public void update(String tableName, boolean enabled, String attributeName) {
		TableStore table = this.context.catalog().describeRequired(tableName);
		if (attributeName.isEmpty()) {
			throw EngineException.validation(
					"1 validation error detected: Value '' at 'timeToLiveSpecification.attributeName' failed to satisfy constraint: Member must have length greater than or equal to 1");
		}
		table.lock().lock();
		try {
			String current = table.timeToLiveAttribute();
			if (enabled && current != null) {
				throw EngineException.validation("TimeToLive is already enabled");
			}
			if (!enabled && current == null) {
				throw EngineException.validation("TimeToLive is already disabled");
			}
			if (!enabled && !Objects.equals(current, attributeName)) {
				throw EngineException.validation(
						"One or more parameter values were invalid: TimeToLive attribute name does not match the current attribute name");
			}
			table.timeToLiveAttribute(enabled ? attributeName : null);
		}
		finally {
			table.lock().unlock();
		}
	}

	/** The TTL attribute, or {@code null} when TTL is disabled. */
	public @Nullable String describe(String tableName) {
		return this.context.catalog().describeRequired(tableName).timeToLiveAttribute();
	}

}
