package dev.ddbkit.mapping.resilience;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DynamoClientInterceptorUnitTests {

	private final ScriptedDynamoDbClient dynamo = new ScriptedDynamoDbClient();

	@Test
	void letsAnInterceptorReplaceTheRequestAndTheResponse() {
		this.dynamo.then(ListTablesResponse.builder().tableNames("orders").build());
		DynamoDbClient client = DynamoClientInterceptor.decorate(this.dynamo,
				(request, chain) -> ((ListTablesResponse) chain.proceed(ListTablesRequest.builder().limit(7).build()))
					.toBuilder()
					.tableNames("orders", "customers")
					.build());

		ListTablesResponse response = client.listTables(ListTablesRequest.builder().build());

		assertThat(response.tableNames()).containsExactly("orders", "customers");
		assertThat(this.dynamo.requests()).containsExactly(ListTablesRequest.builder().limit(7).build());
	}

	@Test
	void interceptsTheNoArgumentAndConsumerVariants() {
		List<String> operations = new ArrayList<>();
		this.dynamo.then(ListTablesResponse.builder().build(), ListTablesResponse.builder().build());
		DynamoDbClient client = DynamoClientInterceptor.decorate(this.dynamo, (request, chain) -> {
			operations.add(request.getClass().getSimpleName());
			return chain.proceed(request);
		});

		client.listTables();
		client.listTables((request) -> request.limit(1));

		assertThat(operations).containsExactly("ListTablesRequest", "ListTablesRequest");
	}

	@Test
	void rejectsAnInterceptorThatSendsAnotherKindOfRequest() {
		DynamoDbClient client = DynamoClientInterceptor.decorate(this.dynamo,
				(request, chain) -> chain.proceed(ScanRequest.builder().tableName("orders").build()));

		assertThatIllegalArgumentException().isThrownBy(() -> client.getItem((get) -> get.tableName("orders")))
			.withMessage("An interceptor of getItem must send a GetItemRequest but sent a ScanRequest");
		assertThat(this.dynamo.requests()).isEmpty();
	}

	@Test
	void answersObjectMethodsForTheDecoratedClientItself() {
		DynamoDbClient client = DynamoClientInterceptor.decorate(this.dynamo,
				(request, chain) -> GetItemResponse.builder().build());

		assertThat(client).isEqualTo(client).isNotEqualTo(this.dynamo);
		assertThat(client.hashCode()).isEqualTo(System.identityHashCode(client));
		assertThat(client.toString()).startsWith("Intercepted(");
	}

}
