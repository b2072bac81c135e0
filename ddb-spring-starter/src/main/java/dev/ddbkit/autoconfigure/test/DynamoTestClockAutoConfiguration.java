package dev.ddbkit.autoconfigure.test;

import dev.ddbkit.autoconfigure.DynamoAutoConfiguration;
import dev.ddbkit.autoconfigure.DynamoEngineCustomizer;
import dev.ddbkit.engine.DynamoEngine;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of the {@link DynamoTestClock} that the embedded engine of a
 * {@link DynamoTest @DynamoTest} runs on; imported only by
 * {@link AutoConfigureDynamo @AutoConfigureDynamo}, never in an application.
 */
@AutoConfiguration(before = DynamoAutoConfiguration.class)
@ConditionalOnClass(DynamoEngine.class)
public final class DynamoTestClockAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	DynamoTestClock dynamoTestClock() {
		return DynamoTestClock.startingNow();
	}

	@Bean
	@ConditionalOnMissingBean(name = "dynamoTestClockEngineCustomizer")
	DynamoEngineCustomizer dynamoTestClockEngineCustomizer(DynamoTestClock clock) {
		return (builder) -> builder.clock(clock);
	}

}
