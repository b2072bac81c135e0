package dev.ddbkit.sample.ecommerce;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The orders service: one table, the Olist sample loaded at start-up, a REST API.
 */
@SpringBootApplication
public class SampleEcommerceApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleEcommerceApplication.class, args);
	}

}
