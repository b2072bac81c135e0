package dev.ddbkit.engine.capacity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

// DynamoDB Developer Guide, "Global secondary indexes: provisioned throughput considerations" and "Query
// operations" / "Scan operations": a table write also pays each index entry it creates, updates or removes (a change
// of index key is a delete plus a put, an item absent from the index before and after costs nothing); a Query or Scan
// page sums the size of every item it read, before any filter, and rounds up to 4 KB once; ConsumedCapacity splits
// the total into table, GSIs and LSIs (API Reference, "ConsumedCapacity").
class CapacityMeterUnitTests {

	// A stand-in for ItemSizer: one byte per character of names and string values.
	private static final ToLongFunction<Item> SIZER = (item) -> item.attributes()
		.entrySet()
		.stream()
		.mapToLong((entry) -> entry.getKey().length() + ((Value.S) entry.getValue()).value().length())
		.sum();

	private static final Set<String> GSI1_KEY = Set.of("GSI1PK", "GSI1SK");

	@Test
	void aSmallPutOnATableWithThreeGsisProjectingAllCostsFourWriteUnits() {
		Item item = new Item(Map.of("PK", Value.s("ORDER#1"), "SK", Value.s("A"), "GSI1PK", Value.s("x"), "GSI2PK",
				Value.s("y"), "GSI3PK", Value.s("z")));
		CapacityMeter meter = CapacityMeter.forTable("Orders");
		meter.writeItem(0, SIZER.applyAsLong(item), false);
		for (String index : List.of("GSI1", "GSI2", "GSI3")) {
			meter.indexWrite(index, IndexKind.GLOBAL,
					IndexEntryChange.between(null, item, Set.of(index + "PK"), SIZER));
		}
		CapacityBreakdown breakdown = meter.breakdown();
		assertThat(breakdown.total().writeCapacityUnits()).isEqualTo(4.0);
		assertThat(breakdown.table().writeCapacityUnits()).isEqualTo(1.0);
		assertThat(breakdown.globalSecondaryIndexes()).containsOnlyKeys("GSI1", "GSI2", "GSI3");
		assertThat(breakdown.globalSecondaryIndexes().get("GSI2").writeCapacityUnits()).isEqualTo(1.0);
	}

	@Test
	void aFilteredQueryPageCostsAsMuchAsTheUnfilteredOne() {
		List<Long> itemsRead = List.of(1500L, 1500L, 1500L);
		List<Long> itemsMatchingFilter = List.of(1500L);
		CapacityMeter unfiltered = CapacityMeter.forTable("Orders");
		unfiltered.readPage(sum(itemsRead), ReadConsistency.EVENTUAL);
		CapacityMeter filtered = CapacityMeter.forTable("Orders");
		filtered.readPage(sum(itemsRead), ReadConsistency.EVENTUAL);
		assertThat(filtered.breakdown()).isEqualTo(unfiltered.breakdown());
		// 4,500 bytes round once to 8 KB: 2 blocks, 1 RCU eventually consistent (not 3
		// blocks per item).
		assertThat(filtered.breakdown().total().readCapacityUnits()).isEqualTo(1.0);
		assertThat(CapacityUnits.readHalfUnits(sum(itemsMatchingFilter), ReadConsistency.EVENTUAL))
			.isLessThan(filtered.breakdown().total().readHalfUnits());
	}

	@Test
	void aGsiQueryIsChargedToTheIndex() {
		CapacityMeter meter = CapacityMeter.forTable("Orders");
		meter.readIndexPage("GSI1", IndexKind.GLOBAL, 16_000, ReadConsistency.EVENTUAL);
		assertThat(meter.breakdown().table()).isEqualTo(ConsumedUnits.ZERO);
		assertThat(meter.breakdown().globalSecondaryIndexes().get("GSI1").readCapacityUnits()).isEqualTo(2.0);
	}

	@Test
	void aChangeOfIndexKeyCostsADeletePlusAPut() {
		Item before = new Item(Map.of("PK", Value.s("A"), "GSI1PK", Value.s("STATUS#NEW")));
		Item after = new Item(Map.of("PK", Value.s("A"), "GSI1PK", Value.s("STATUS#PAID")));
		IndexEntryChange change = IndexEntryChange.between(before, after, GSI1_KEY, SIZER);
		assertThat(change.kind()).isEqualTo(IndexEntryChange.Kind.KEY_CHANGED);
		assertThat(CapacityUnits.indexWriteHalfUnits(change)).isEqualTo(4);
	}

	@Test
	void aChangeOfProjectedAttributesOnlyCostsOneWrite() {
		Item before = new Item(Map.of("GSI1PK", Value.s("S"), "total", Value.s("10")));
		Item after = new Item(Map.of("GSI1PK", Value.s("S"), "total", Value.s("12")));
		IndexEntryChange change = IndexEntryChange.between(before, after, GSI1_KEY, SIZER);
		assertThat(change.kind()).isEqualTo(IndexEntryChange.Kind.UPDATED);
		assertThat(CapacityUnits.indexWriteHalfUnits(change)).isEqualTo(2);
	}

	@Test
	void anItemLeavingTheIndexCostsOneDelete() {
		Item before = new Item(Map.of("GSI1PK", Value.s("S")));
		IndexEntryChange change = IndexEntryChange.between(before, null, GSI1_KEY, SIZER);
		assertThat(change.kind()).isEqualTo(IndexEntryChange.Kind.REMOVED);
		assertThat(CapacityUnits.indexWriteHalfUnits(change)).isEqualTo(2);
	}

	@Test
	void anItemAbsentFromTheIndexBeforeAndAfterCostsNothingAndIsLeftOutOfTheBreakdown() {
		CapacityMeter meter = CapacityMeter.forTable("Orders");
		meter.writeItem(100, 120, false);
		meter.indexWrite("GSI1", IndexKind.GLOBAL, IndexEntryChange.between(null, null, GSI1_KEY, SIZER));
		Item unchanged = new Item(Map.of("GSI1PK", Value.s("S")));
		meter.indexWrite("GSI2", IndexKind.GLOBAL, IndexEntryChange.between(unchanged, unchanged, GSI1_KEY, SIZER));
		assertThat(meter.breakdown().globalSecondaryIndexes()).isEmpty();
		assertThat(meter.breakdown().total().writeCapacityUnits()).isEqualTo(1.0);
	}

	@Test
	void largeIndexEntriesCostMoreThanOneUnit() {
		IndexEntryChange created = new IndexEntryChange(IndexEntryChange.Kind.CREATED, 0, 2500);
		assertThat(CapacityUnits.indexWriteHalfUnits(created)).isEqualTo(6);
	}

	@Test
	void localIndexWritesAreReportedApartButDrawOnTheTableThroughput() {
		CapacityMeter meter = CapacityMeter.forTable("Orders");
		meter.writeItem(0, 500, false);
		meter.indexWrite("LSI1", IndexKind.LOCAL, new IndexEntryChange(IndexEntryChange.Kind.CREATED, 0, 300));
		meter.indexWrite("GSI1", IndexKind.GLOBAL, new IndexEntryChange(IndexEntryChange.Kind.CREATED, 0, 300));
		CapacityBreakdown breakdown = meter.breakdown();
		assertThat(breakdown.localSecondaryIndexes().get("LSI1").writeCapacityUnits()).isEqualTo(1.0);
		assertThat(breakdown.tableThroughput().writeCapacityUnits()).isEqualTo(2.0);
		assertThat(breakdown.total().writeCapacityUnits()).isEqualTo(3.0);
	}

	@Test
	void aFailedConditionalWriteConsumesWithoutIndexWrites() {
		CapacityMeter meter = CapacityMeter.forTable("Orders");
		meter.failedConditionalWrite(2048, false);
		assertThat(meter.breakdown().total()).isEqualTo(ConsumedUnits.writes(4));
	}

	@Test
	void batchBreakdownsAddUp() {
		CapacityMeter first = CapacityMeter.forTable("Orders");
		first.readItem(100, ReadConsistency.EVENTUAL);
		CapacityMeter second = CapacityMeter.forTable("Orders");
		second.readItem(5000, ReadConsistency.EVENTUAL);
		assertThat(first.breakdown().plus(second.breakdown()).total().readCapacityUnits()).isEqualTo(1.5);
	}

	private static long sum(List<Long> sizes) {
		return sizes.stream().mapToLong(Long::longValue).sum();
	}

}
