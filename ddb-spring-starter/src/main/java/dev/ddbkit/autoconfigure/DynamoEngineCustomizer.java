package dev.ddbkit.autoconfigure;

import dev.ddbkit.engine.DynamoEngine;

/**
 * Callback that customizes the {@link DynamoEngine.Builder} of the embedded engine after
 * the {@code ddb.engine.*} settings are applied, for example to give it a manual clock;
 * applied in {@code @Order}.
 */
@FunctionalInterface
public interface DynamoEngineCustomizer {

	/**
	 * Customize the builder.
	 * @param builder the builder, with the settings already applied
	 */
	void customize(DynamoEngine.Builder builder);

}
