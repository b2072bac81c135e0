package dev.ddbkit.engine.capacity;

import dev.ddbkit.engine.capacity.ThrottlingReason.Limit;
import dev.ddbkit.engine.capacity.ThrottlingReason.Operation;
import dev.ddbkit.engine.capacity.ThrottlingReason.Resource;
import dev.ddbkit.engine.value.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

// Every one of the sixteen ThrottlingReasons can be reached, each carrying the ARN of the table or index it names
// (API Reference, "ThrottlingReason"; Developer Guide, "DynamoDB throttling resolution guide"): KeyRange when one
// partition is past 3,000 RCU / 1,000 WCU while the table or GSI has capacity left ("Burst and adaptive capacity"),
// ProvisionedThroughput when a provisioned table or GSI is past its capacity and burst, AccountLimit when an
// on-demand table or GSI is past the account's per-table quota ("Quotas"), MaxOnDemandThroughput when it is past its
// configured maximum ("DynamoDB maximum throughput for on-demand tables").
class ThroughputLimiterReasonsUnitTests {

	private static final String TABLE_ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/T";

	private static final String INDEX_ARN = TABLE_ARN + "/index/GSI1";

	private final ManualClock clock = ManualClock.atNoon();

	@ParameterizedTest
	@EnumSource(ThrottlingReason.class)
	void everyReasonIsReportedWithTheArnOfTheResourceItNames(ThrottlingReason reason) {
		ThroughputLimiter limiter = ThroughputLimiter.create(this.clock,
				ThroughputSettings.defaults().withAccountTableLimits(50, 50));
		limiter.register(throughput(reason.limit()));
		boolean hotKey = reason.limit() == Limit.KEY_RANGE_THROUGHPUT_EXCEEDED;
		ThroughputDecision decision = ThroughputDecision.GRANTED;
		for (int i = 0; i < 10_000 && decision.granted(); i++) {
			Value key = Value.s(hotKey ? "hot" : "key" + i);
			decision = limiter.tryAcquire(request(reason.resource(), reason.operation(), key));
		}
		String arn = (reason.resource() == Resource.TABLE) ? TABLE_ARN : INDEX_ARN;
		assertThat(decision.throttles()).containsExactly(new Throttle(reason, arn));
		assertThat(decision.errorCode()).isEqualTo(reason.errorCode());
	}

	/**
	 * A table and GSI where only the given limit can refuse: 9,000 RCU / 3,000 WCU
	 * provisioned (three partitions' worth, so one key stops at its partition), 10 RCU /
	 * 10 WCU provisioned, or on demand (account quota 50 units) with or without a maximum
	 * of 20.
	 */
	private static TableThroughput throughput(Limit limit) {
		return switch (limit) {
			case KEY_RANGE_THROUGHPUT_EXCEEDED ->
				TableThroughput.provisioned("T", TABLE_ARN, 9_000, 3_000).withIndex("GSI1", 9_000, 3_000);
			case PROVISIONED_THROUGHPUT_EXCEEDED ->
				TableThroughput.provisioned("T", TABLE_ARN, 10, 10).withIndex("GSI1", 10, 10);
			case ACCOUNT_LIMIT_EXCEEDED -> TableThroughput.onDemand("T", TABLE_ARN).withIndex("GSI1", 0, 0);
			case MAX_ON_DEMAND_THROUGHPUT_EXCEEDED ->
				TableThroughput.onDemand("T", TABLE_ARN).withMaxOnDemand(20, 20).withIndex("GSI1", 20, 20);
		};
	}

	/** One capacity unit on the table or the GSI. */
	private static ThroughputRequest request(Resource resource, Operation operation, Value key) {
		ThroughputRequest.Builder builder = (operation == Operation.READ) ? ThroughputRequest.read("T")
				: ThroughputRequest.write("T");
		return ((resource == Resource.TABLE) ? builder.table(key, 2) : builder.index("GSI1", key, 2)).build();
	}

}
