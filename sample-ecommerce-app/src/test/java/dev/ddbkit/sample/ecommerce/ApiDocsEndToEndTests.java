package dev.ddbkit.sample.ecommerce;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document (springdoc) lists every endpoint of the service.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class ApiDocsEndToEndTests {

	@LocalServerPort
	private int port;

	@Test
	void openApiDocumentListsEveryEndpoint() {
		ApiResponse docs = new ApiClient(this.port).get("/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body().get("info").get("title").asString()).isEqualTo("ddbkit sample: Olist orders service");
		JsonNode paths = docs.body().get("paths");
		assertThat(paths.propertyNames()).contains("/customers/{customerId}", "/customers/{customerId}/orders",
				"/orders", "/orders/{orderId}", "/orders/{orderId}/status", "/orders/{orderId}/cancel",
				"/products/{productId}", "/products/{productId}/reviews", "/categories/{name}/products",
				"/sellers/{sellerId}", "/sellers/{sellerId}/items", "/carts", "/carts/{cartId}",
				"/carts/{cartId}/lines/{productId}", "/carts/{cartId}/checkout", "/sales/daily");
		assertThat(paths.get("/orders").has("post")).isTrue();
	}

}
