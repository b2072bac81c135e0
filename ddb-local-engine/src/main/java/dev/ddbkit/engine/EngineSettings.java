package dev.ddbkit.engine;

import java.time.Duration;

/**
 * Settings of a {@link DynamoEngine}.
 * <p>
 * {@code region} and {@code accountId} only shape the ARNs the engine reports (e.g.
 * {@code arn:aws:dynamodb:us-east-1:000000000000:table/Orders}). {@code maxPageBytes} is
 * the data a Query or Scan reads per call before it stops with a LastEvaluatedKey: 1 MB
 * in DynamoDB (API Reference, "Query": "A single Query operation will read up to ... a
 * maximum of 1 MB of data").
 *
 * @param region the AWS Region in ARNs
 * @param accountId the 12-digit account in ARNs
 * @param maxPageBytes bytes read per Query/Scan page (1,048,576 in DynamoDB)
 * @param indexBackfillTime how long a GSI added by UpdateTable stays CREATING (and
 * unreadable) on the engine's clock; zero makes it ACTIVE at once
 */
public record EngineSettings(String region, String accountId, int maxPageBytes, Duration indexBackfillTime) {

	/** The page limit of DynamoDB: 1 MB. */
	public static final int ONE_MEGABYTE = 1024 * 1024;

	public EngineSettings {
		if (maxPageBytes < 1) {
			throw new IllegalArgumentException("maxPageBytes must be positive");
		}
		if (indexBackfillTime.isNegative()) {
			throw new IllegalArgumentException("indexBackfillTime must not be negative");
		}
	}

	/**
	 * Region {@code us-east-1}, account {@code 000000000000}, 1 MB pages, GSIs backfilled
	 * at once.
	 */
	public static EngineSettings defaults() {
		return new EngineSettings("us-east-1", "000000000000", ONE_MEGABYTE, Duration.ZERO);
	}

	/** A copy with another Region for ARNs. */
	public EngineSettings withRegion(String newRegion) {
		return new EngineSettings(newRegion, this.accountId, this.maxPageBytes, this.indexBackfillTime);
	}

	/** A copy with another account id for ARNs. */
	public EngineSettings withAccountId(String newAccountId) {
		return new EngineSettings(this.region, newAccountId, this.maxPageBytes, this.indexBackfillTime);
	}

	/** A copy with another page size (tests of paging may use a small one). */
	public EngineSettings withMaxPageBytes(int newMaxPageBytes) {
		return new EngineSettings(this.region, this.accountId, newMaxPageBytes, this.indexBackfillTime);
	}

	/** A copy with another GSI backfill time. */
	public EngineSettings withIndexBackfillTime(Duration newIndexBackfillTime) {
		return new EngineSettings(this.region, this.accountId, this.maxPageBytes, newIndexBackfillTime);
	}

}
