package dev.ddbkit.sample.ecommerce;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The orders service: one table, the Olist sample loaded at start-up, a REST API.
 */
@SpringBootApplication
public class SampleEcommerceApplication {

	/** The time of orders and carts; tests replace it. */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	public static void main(String[] args) {
		SpringApplication.run(SampleEcommerceApplication.class, args);
	}

}
