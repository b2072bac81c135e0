package dev.ddbkit.sample.ecommerce.load;

import java.time.InstantSource;

import dev.ddbkit.autoconfigure.DynamoEngineCustomizer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gives the embedded engine a {@link SteerableClock} that follows the system clock until
 * a load scenario holds it.
 */
@Configuration(proxyBeanMethods = false)
class EngineClockConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SteerableClock engineClock() {
		return new SteerableClock(InstantSource.system());
	}

	@Bean
	DynamoEngineCustomizer engineClockCustomizer(SteerableClock engineClock) {
		return (builder) -> builder.clock(engineClock);
	}

}
