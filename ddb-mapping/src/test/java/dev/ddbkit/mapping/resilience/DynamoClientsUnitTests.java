package dev.ddbkit.mapping.resilience;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.ddbkit.mapping.resilience.DynamoRetrySettings.Jitter;
import io.github.resilience4j.retry.Retry;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DynamoClientsUnitTests {

	// Zero delays: the retry decides exactly as with real ones, without waiting.
	private static final DynamoRetrySettings IMMEDIATE = new DynamoRetrySettings(5, Duration.ZERO, Duration.ZERO,
			Jitter.FULL);

	private static final GetItemRequest GET = GetItemRequest.builder()
		.tableName("orders")
		.key(Map.of("PK", AttributeValue.fromS("ORDER#1"), "SK", AttributeValue.fromS("ORDER#1")))
		.build();

	private final ScriptedDynamoDbClient dynamo = new ScriptedDynamoDbClient();

	private final RecordingListener listener = new RecordingListener();

	@Test
	void retriesThrottlesUntilTheCallSucceeds() {
		GetItemResponse answer = GetItemResponse.builder().item(GET.key()).build();
		this.dynamo.then(DynamoFailures.provisionedThroughputExceeded(), DynamoFailures.throttling(),
				DynamoFailures.requestLimitExceeded(), answer);
		Retry retry = DynamoClients.retry(IMMEDIATE);

		GetItemResponse response = DynamoClients.withRetry(this.dynamo, retry, this.listener).getItem(GET);

		assertThat(response).isSameAs(answer);
		assertThat(this.dynamo.requests()).containsExactly(GET, GET, GET, GET);
		assertThat(this.listener.events).containsExactly("retry 1 ProvisionedThroughputExceededException",
				"retry 2 ThrottlingException", "retry 3 RequestLimitExceeded");
		assertThat(retry.getMetrics().getNumberOfSuccessfulCallsWithRetryAttempt()).isEqualTo(1);
	}

	@Test
	void retriesServerErrorsAndTransactionConflicts() {
		GetItemResponse answer = GetItemResponse.builder().build();
		this.dynamo.then(DynamoFailures.internalServerError(), DynamoFailures.transactionConflict(), answer);

		assertThat(DynamoClients.withRetry(this.dynamo, IMMEDIATE).getItem(GET)).isSameAs(answer);
		assertThat(this.dynamo.requests()).hasSize(3);
	}

	@Test
	void neverRetriesAConditionFailure() {
		ConditionalCheckFailedException failure = DynamoFailures.conditionFailed();
		this.dynamo.then(failure, PutItemResponse.builder().build());
		DynamoDbClient client = DynamoClients.withRetry(this.dynamo, IMMEDIATE, this.listener);

		assertThatExceptionOfType(ConditionalCheckFailedException.class)
			.isThrownBy(() -> client.putItem(PutItemRequest.builder().tableName("orders").item(GET.key()).build()))
			.isSameAs(failure);
		assertThat(this.dynamo.requests()).hasSize(1);
		assertThat(this.listener.events).isEmpty();
	}

	@Test
	void neverRetriesAValidationError() {
		this.dynamo.then(DynamoFailures.validation(), GetItemResponse.builder().build());
		DynamoDbClient client = DynamoClients.withRetry(this.dynamo, IMMEDIATE);

		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> client.getItem(GET))
			.withMessageStartingWith("ValidationException");
		assertThat(this.dynamo.requests()).hasSize(1);
	}

	@Test
	void rethrowsTheLastFailureOnceTheBudgetIsSpent() {
		ProvisionedThroughputExceededException first = DynamoFailures.provisionedThroughputExceeded();
		ProvisionedThroughputExceededException second = DynamoFailures.provisionedThroughputExceeded();
		ProvisionedThroughputExceededException last = DynamoFailures.provisionedThroughputExceeded();
		this.dynamo.then(first, second, last, GetItemResponse.builder().build());
		Retry retry = DynamoClients.retry(IMMEDIATE.withMaxAttempts(3));
		DynamoDbClient client = DynamoClients.withRetry(this.dynamo, retry, this.listener);

		assertThatExceptionOfType(ProvisionedThroughputExceededException.class).isThrownBy(() -> client.getItem(GET))
			.isSameAs(last);
		assertThat(this.dynamo.requests()).hasSize(3);
		assertThat(this.listener.events).containsExactly("retry 1 ProvisionedThroughputExceededException",
				"retry 2 ProvisionedThroughputExceededException", "exhausted 3 ProvisionedThroughputExceededException");
		assertThat(retry.getMetrics().getNumberOfFailedCallsWithRetryAttempt()).isEqualTo(1);
	}

	@Test
	void oneAttemptRetriesNothing() {
		this.dynamo.then(DynamoFailures.throttling(), GetItemResponse.builder().build());
		DynamoDbClient client = DynamoClients.withRetry(this.dynamo, DynamoRetrySettings.noRetry(), this.listener);

		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> client.getItem(GET));
		assertThat(this.dynamo.requests()).hasSize(1);
		assertThat(this.listener.events).containsExactly("exhausted 1 ThrottlingException");
	}

	@Test
	void waitsAFullJitterDelayWithinItsCapBeforeEachRetry() {
		DynamoRetrySettings settings = new DynamoRetrySettings(5, Duration.ofMillis(1), Duration.ofMillis(3),
				Jitter.FULL);
		Retry retry = DynamoClients.retry("jitter", settings, new Random(11));
		List<Long> waits = new ArrayList<>();
		retry.getEventPublisher().onRetry((event) -> waits.add(event.getWaitInterval().toMillis()));
		this.dynamo.thenRepeat(4, DynamoFailures.throttling()).then(GetItemResponse.builder().build());

		DynamoClients.withRetry(this.dynamo, retry, DynamoRetryListener.NONE).getItem(GET);

		DynamoBackoff twin = DynamoBackoff.of(settings, new Random(11));
		assertThat(waits).containsExactly(twin.delayMillis(1), twin.delayMillis(2), twin.delayMillis(3),
				twin.delayMillis(4));
		assertThat(waits.get(0)).isBetween(0L, 1L);
		assertThat(waits.get(1)).isBetween(0L, 2L);
		assertThat(waits.subList(2, 4)).allSatisfy((wait) -> assertThat(wait).isBetween(0L, 3L));
	}

	@Test
	void retriesEachPageOfAPaginatorAndTheConsumerVariants() {
		Map<String, AttributeValue> item = GET.key();
		this.dynamo.then(DynamoFailures.throttling(),
				QueryResponse.builder().items(List.of(item)).lastEvaluatedKey(item).build(),
				DynamoFailures.internalServerError(), QueryResponse.builder().items(List.of(item)).build());
		DynamoDbClient client = DynamoClients.withRetry(this.dynamo, IMMEDIATE);

		List<Map<String, AttributeValue>> items = new ArrayList<>();
		client.queryPaginator((query) -> query.tableName("orders").keyConditionExpression("PK = :pk"))
			.items()
			.forEach(items::add);

		assertThat(items).containsExactly(item, item);
		assertThat(this.dynamo.requests()).hasSize(4);
	}

	@Test
	void refusesToAddASecondRetryLayer() {
		DynamoDbClient retrying = DynamoClients.withRetry(this.dynamo, IMMEDIATE);
		DynamoDbClient decorated = DynamoClientInterceptor.decorate(retrying,
				(request, chain) -> chain.proceed(request));

		assertThatIllegalArgumentException().isThrownBy(() -> DynamoClients.withRetry(decorated, IMMEDIATE))
			.withMessageStartingWith("The client already retries: ddbkit applies exactly one retry layer");
	}

	@Test
	void passesLifecycleMethodsStraightToTheDelegate() {
		DynamoDbClient client = DynamoClients.withRetry(this.dynamo, IMMEDIATE);

		assertThat(client.serviceName()).isEqualTo("dynamodb");
		client.close();

		assertThat(this.dynamo.isClosed()).isTrue();
	}

	static final class RecordingListener implements DynamoRetryListener {

		final List<String> events = new ArrayList<>();

		@Override
		public void onRetry(DynamoDbRequest request, int attempt, RuntimeException failure) {
			this.events.add("retry " + attempt + " " + DynamoRetryClassifier.errorCode(failure));
		}

		@Override
		public void onExhausted(DynamoDbRequest request, int attempts, RuntimeException failure) {
			this.events.add("exhausted " + attempts + " " + DynamoRetryClassifier.errorCode(failure));
		}

	}

}
