package dev.ddbkit.engine.client;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.EngineSettings;
import dev.ddbkit.engine.capacity.ThroughputSettings;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsResponse;

import static org.assertj.core.api.Assertions.assertThat;

// DescribeLimits answers the Region's capacity quotas: AccountMax* for all tables together, TableMax* for one new
// table with its GSIs (API Reference, "DescribeLimits"; Developer Guide, "Quotas": 80,000 and 40,000 by default).
class LocalDynamoDbClientDescribeLimitsUnitTests {

	@Test
	void anEngineWithDefaultSettingsAnswersDynamoDbsDefaultQuotas() {
		try (DynamoEngine engine = DynamoEngine.create()) {
			DescribeLimitsResponse limits = engine.client().describeLimits((request) -> {
			});
			assertThat(limits.accountMaxReadCapacityUnits()).isEqualTo(80_000L);
			assertThat(limits.accountMaxWriteCapacityUnits()).isEqualTo(80_000L);
			assertThat(limits.tableMaxReadCapacityUnits()).isEqualTo(40_000L);
			assertThat(limits.tableMaxWriteCapacityUnits()).isEqualTo(40_000L);
		}
	}

	@Test
	void theTableMaximaAreTheConfiguredPerTableQuotas() {
		try (DynamoEngine engine = engineWithTableQuotas(500, 200)) {
			DescribeLimitsResponse limits = engine.client().describeLimits((request) -> {
			});
			assertThat(limits.tableMaxReadCapacityUnits()).isEqualTo(500L);
			assertThat(limits.tableMaxWriteCapacityUnits()).isEqualTo(200L);
			assertThat(limits.accountMaxReadCapacityUnits()).isEqualTo(80_000L);
			assertThat(limits.accountMaxWriteCapacityUnits()).isEqualTo(80_000L);
		}
	}

	@Test
	void theAccountMaximaAreNeverBelowATableQuotaRaisedPastThem() {
		try (DynamoEngine engine = engineWithTableQuotas(100_000, 90_000)) {
			DescribeLimitsResponse limits = engine.client().describeLimits((request) -> {
			});
			assertThat(limits.accountMaxReadCapacityUnits()).isEqualTo(100_000L);
			assertThat(limits.accountMaxWriteCapacityUnits()).isEqualTo(90_000L);
			assertThat(limits.tableMaxReadCapacityUnits()).isEqualTo(100_000L);
			assertThat(limits.tableMaxWriteCapacityUnits()).isEqualTo(90_000L);
		}
	}

	private static DynamoEngine engineWithTableQuotas(long readUnits, long writeUnits) {
		EngineSettings settings = EngineSettings.defaults()
			.withThroughput(ThroughputSettings.defaults().withAccountTableLimits(readUnits, writeUnits));
		return DynamoEngine.builder().settings(settings).build();
	}

}
