package dev.ddbkit.engine.capacity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

// DynamoDB Developer Guide, "DynamoDB read/write capacity mode" and "DynamoDB item sizes and formats":
// reads cost 1 RCU per 4 KB (rounded up) strongly consistent, half of that eventually consistent, double
// transactional, and a missing item still costs the minimum; writes cost 1 WCU per 1 KB rounded up, of the larger
// of old and new item, double in transactions; a failed condition still consumes, priced by the item, "an existing
// item in the table or a new one you're attempting to create or update" (an existing 300 KB item and an attempted
// 310 KB one cost 310 WCU; "DynamoDB read and write operations").
class CapacityUnitsUnitTests {

	@Test
	void aTenKilobyteStronglyConsistentReadCostsThreeReadUnits() {
		long halfUnits = CapacityUnits.readHalfUnits(10 * 1024, ReadConsistency.STRONG);
		assertThat(CapacityUnits.toCapacityUnits(halfUnits)).isEqualTo(3.0);
	}

	@Test
	void aTenKilobyteEventuallyConsistentReadCostsOneAndAHalfReadUnits() {
		long halfUnits = CapacityUnits.readHalfUnits(10 * 1024, ReadConsistency.EVENTUAL);
		assertThat(CapacityUnits.toCapacityUnits(halfUnits)).isEqualTo(1.5);
	}

	@Test
	void aTransactionalReadCostsTwiceAStronglyConsistentOne() {
		assertThat(CapacityUnits.readHalfUnits(10 * 1024, ReadConsistency.TRANSACTIONAL)).isEqualTo(12);
	}

	@Test
	void aMissingItemStillCostsOneReadBlock() {
		assertThat(CapacityUnits.readHalfUnits(0, ReadConsistency.STRONG)).isEqualTo(2);
		assertThat(CapacityUnits.readHalfUnits(0, ReadConsistency.EVENTUAL)).isEqualTo(1);
	}

	@Test
	void readsRoundUpToTheNextFourKilobytes() {
		assertThat(CapacityUnits.readHalfUnits(4096, ReadConsistency.STRONG)).isEqualTo(2);
		assertThat(CapacityUnits.readHalfUnits(4097, ReadConsistency.STRONG)).isEqualTo(4);
	}

	@Test
	void aOneAndAHalfKilobyteWriteCostsTwoWriteUnits() {
		long halfUnits = CapacityUnits.writeHalfUnits(0, 1536, false);
		assertThat(CapacityUnits.toCapacityUnits(halfUnits)).isEqualTo(2.0);
	}

	@Test
	void writesArePricedByTheLargerOfOldAndNewItem() {
		assertThat(CapacityUnits.writeHalfUnits(3000, 500, false)).isEqualTo(6);
		assertThat(CapacityUnits.writeHalfUnits(500, 3000, false)).isEqualTo(6);
		assertThat(CapacityUnits.writeHalfUnits(100, 0, false)).isEqualTo(2);
	}

	@Test
	void transactionalWritesCostDouble() {
		assertThat(CapacityUnits.writeHalfUnits(0, 1536, true)).isEqualTo(8);
	}

	@Test
	void aFailedConditionIsPricedByTheExistingItemOrOneUnit() {
		assertThat(CapacityUnits.failedConditionHalfUnits(300 * 1024, false)).isEqualTo(600);
		assertThat(CapacityUnits.failedConditionHalfUnits(0, false)).isEqualTo(2);
	}

	@Test
	void aFailedConditionIsPricedByTheLargerOfTheExistingAndTheAttemptedItem() {
		assertThat(CapacityUnits.failedConditionHalfUnits(300 * 1024, 310 * 1024, false)).isEqualTo(620);
		assertThat(CapacityUnits.failedConditionHalfUnits(0, 3 * 1024, false)).isEqualTo(6);
		assertThat(CapacityUnits.failedConditionHalfUnits(2 * 1024, 0, true)).isEqualTo(8);
	}

}
