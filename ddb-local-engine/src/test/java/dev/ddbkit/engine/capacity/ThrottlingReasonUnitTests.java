package dev.ddbkit.engine.capacity;

import java.util.Arrays;
import java.util.List;

import dev.ddbkit.engine.error.ErrorCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

// DynamoDB API Reference, "ThrottlingReason": a reason reads ResourceType + OperationType + LimitType (Table|Index,
// Read|Write, KeyRangeThroughputExceeded|ProvisionedThroughputExceeded|AccountLimitExceeded|
// MaxOnDemandThroughputExceeded), sixteen in all (Developer Guide, "DynamoDB throttling resolution guide"); they
// arrive in ProvisionedThroughputExceededException, RequestLimitExceeded or ThrottlingException.
class ThrottlingReasonUnitTests {

	@Test
	void thereAreSixteenDistinctWireNames() {
		List<String> names = Arrays.stream(ThrottlingReason.values()).map(ThrottlingReason::wireName).toList();
		assertThat(names).hasSize(16).doesNotHaveDuplicates();
		assertThat(names).contains("TableReadKeyRangeThroughputExceeded", "TableWriteKeyRangeThroughputExceeded",
				"TableReadProvisionedThroughputExceeded", "IndexWriteAccountLimitExceeded",
				"IndexReadMaxOnDemandThroughputExceeded", "TableWriteMaxOnDemandThroughputExceeded");
		assertThat(names).allMatch((name) -> name.matches(
				"(Table|Index)(Read|Write)(KeyRangeThroughputExceeded|ProvisionedThroughputExceeded|AccountLimitExceeded|MaxOnDemandThroughputExceeded)"));
	}

	@Test
	void wireNamesRoundTrip() {
		for (ThrottlingReason reason : ThrottlingReason.values()) {
			assertThat(ThrottlingReason.fromWireName(reason.wireName())).isSameAs(reason);
			assertThat(ThrottlingReason.of(reason.resource(), reason.operation(), reason.limit())).isSameAs(reason);
		}
	}

	@Test
	void eachLimitIsRaisedWithItsException() {
		assertThat(ThrottlingReason.TABLE_WRITE_KEY_RANGE_THROUGHPUT_EXCEEDED.errorCode())
			.isEqualTo(ErrorCode.PROVISIONED_THROUGHPUT_EXCEEDED);
		assertThat(ThrottlingReason.INDEX_READ_PROVISIONED_THROUGHPUT_EXCEEDED.errorCode())
			.isEqualTo(ErrorCode.PROVISIONED_THROUGHPUT_EXCEEDED);
		assertThat(ThrottlingReason.TABLE_READ_ACCOUNT_LIMIT_EXCEEDED.errorCode())
			.isEqualTo(ErrorCode.REQUEST_LIMIT_EXCEEDED);
		assertThat(ThrottlingReason.INDEX_WRITE_MAX_ON_DEMAND_THROUGHPUT_EXCEEDED.errorCode())
			.isEqualTo(ErrorCode.THROTTLING);
	}

	@Test
	void aDecisionWithAPartitionReasonIsAProvisionedThroughputExceededException() {
		ThroughputDecision decision = new ThroughputDecision(
				List.of(new Throttle(ThrottlingReason.TABLE_WRITE_MAX_ON_DEMAND_THROUGHPUT_EXCEEDED, "arn:t"),
						new Throttle(ThrottlingReason.TABLE_WRITE_KEY_RANGE_THROUGHPUT_EXCEEDED, "arn:t")));
		assertThat(decision.errorCode()).isEqualTo(ErrorCode.PROVISIONED_THROUGHPUT_EXCEEDED);
		assertThat(decision.message(false)).startsWith("The level of configured provisioned throughput for the table");
	}

	@Test
	void aDecisionWithOnlyAMaximumOnDemandReasonIsAThrottlingException() {
		ThroughputDecision decision = new ThroughputDecision(
				List.of(new Throttle(ThrottlingReason.TABLE_READ_MAX_ON_DEMAND_THROUGHPUT_EXCEEDED, "arn:t")));
		assertThat(decision.errorCode()).isEqualTo(ErrorCode.THROTTLING);
	}

}
