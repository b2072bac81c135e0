package dev.ddbkit.mapping.resilience;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import io.github.resilience4j.retry.Retry;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DynamoRetryUnitTests {

	private final DynamoRetryClassifier classifier = new DynamoRetryClassifier();

	@Test
	void retriesThrottlingServerErrorsConflictsAndIoButNeverConditionsOrValidation() {
		assertThat(this.classifier.test(ProvisionedThroughputExceededException.builder().build())).isTrue();
		assertThat(this.classifier.test(InternalServerErrorException.builder().statusCode(500).build())).isTrue();
		assertThat(this.classifier.test(TransactionConflictException.builder().build())).isTrue();
		assertThat(this.classifier.test(SdkClientException.create("connection reset"))).isTrue();
		assertThat(this.classifier.test(canceled("None", "TransactionConflict"))).isTrue();
		assertThat(this.classifier.test(canceled("ConditionalCheckFailed", "TransactionConflict"))).isFalse();
		assertThat(this.classifier.test(ConditionalCheckFailedException.builder().statusCode(400).build())).isFalse();
		assertThat(this.classifier.test(DynamoDbException.builder()
			.statusCode(400)
			.awsErrorDetails(AwsErrorDetails.builder().errorCode("ValidationException").build())
			.build())).isFalse();
		assertThat(this.classifier.test(DynamoDbException.builder()
			.statusCode(400)
			.awsErrorDetails(AwsErrorDetails.builder().errorCode("ThrottlingException").build())
			.build())).isTrue();
	}

	@Test
	void aWrappedClientRetriesUntilSuccessWithinTheBudget() {
		ScriptedClient scripted = new ScriptedClient(ProvisionedThroughputExceededException.builder().build(),
				InternalServerErrorException.builder().statusCode(500).build());
		Retry retry = DynamoRetry.create("test", 3, Duration.ZERO, Duration.ZERO);
		DynamoDbClient client = DynamoRetry.wrap(scripted, retry);
		assertThat(client.getItem((r) -> r.tableName("t")).hasItem()).isFalse();
		assertThat(scripted.calls).isEqualTo(3);
		assertThat(retry.getMetrics().getNumberOfSuccessfulCallsWithRetryAttempt()).isEqualTo(1);
	}

	@Test
	void aWrappedClientGivesUpAfterTheBudgetAndNeverRetriesAFailedCondition() {
		ScriptedClient throttled = new ScriptedClient(ProvisionedThroughputExceededException.builder().build(),
				ProvisionedThroughputExceededException.builder().build(),
				ProvisionedThroughputExceededException.builder().build());
		DynamoDbClient client = DynamoRetry.wrap(throttled,
				DynamoRetry.create("test", 2, Duration.ZERO, Duration.ZERO));
		assertThatExceptionOfType(ProvisionedThroughputExceededException.class)
			.isThrownBy(() -> client.getItem(GetItemRequest.builder().tableName("t").build()));
		assertThat(throttled.calls).isEqualTo(2);
		ScriptedClient condition = new ScriptedClient(ConditionalCheckFailedException.builder().build());
		DynamoDbClient once = DynamoRetry.wrap(condition, DynamoRetry.create("test", 5, Duration.ZERO, Duration.ZERO));
		assertThatExceptionOfType(ConditionalCheckFailedException.class)
			.isThrownBy(() -> once.getItem(GetItemRequest.builder().tableName("t").build()));
		assertThat(condition.calls).isEqualTo(1);
	}

	private static TransactionCanceledException canceled(String... codes) {
		return TransactionCanceledException.builder()
			.cancellationReasons(
					List.of(codes).stream().map((c) -> CancellationReason.builder().code(c).build()).toList())
			.build();
	}

	private static final class ScriptedClient implements DynamoDbClient {

		private final Deque<RuntimeException> failures;

		private int calls;

		ScriptedClient(RuntimeException... failures) {
			this.failures = new ArrayDeque<>(List.of(failures));
		}

		@Override
		public GetItemResponse getItem(GetItemRequest request) {
			this.calls++;
			RuntimeException failure = this.failures.poll();
			if (failure != null) {
				throw failure;
			}
			return GetItemResponse.builder().build();
		}

		@Override
		public String serviceName() {
			return "dynamodb";
		}

		@Override
		public void close() {
		}

	}

}
