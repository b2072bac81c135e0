package dev.ddbkit.sample.ecommerce.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's title and data licence; springdoc serves it at
 * {@code /v3/api-docs} and the Swagger UI at {@code /swagger-ui.html}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI sampleOpenApi() {
		return new OpenAPI().info(new Info().title("ddbkit sample: Olist orders service")
			.version("0.1.0")
			.description("Orders, customers, products, sellers, carts and daily sales on one DynamoDB table")
			.license(new License().name("Data: Olist, CC BY-NC-SA 4.0")
				.url("https://creativecommons.org/licenses/by-nc-sa/4.0/")));
	}

}
