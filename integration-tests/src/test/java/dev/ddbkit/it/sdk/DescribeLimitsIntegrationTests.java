package dev.ddbkit.it.sdk;

import dev.ddbkit.it.backend.EveryBackend;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Region's capacity quotas (API DescribeLimits; Developer Guide "Quotas": 80,000 read
 * and write capacity units per account, 40,000 per table, by default).
 */
@EveryBackend
class DescribeLimitsIntegrationTests {

	private final DynamoDbClient ddb;

	DescribeLimitsIntegrationTests(DynamoDbClient ddb) {
		this.ddb = ddb;
	}

	@Test
	void answersTheDefaultAccountAndTableQuotas() {
		DescribeLimitsResponse limits = this.ddb.describeLimits((request) -> {
		});
		assertThat(limits.accountMaxReadCapacityUnits()).isEqualTo(80_000L);
		assertThat(limits.accountMaxWriteCapacityUnits()).isEqualTo(80_000L);
		assertThat(limits.tableMaxReadCapacityUnits()).isEqualTo(40_000L);
		assertThat(limits.tableMaxWriteCapacityUnits()).isEqualTo(40_000L);
	}

}
