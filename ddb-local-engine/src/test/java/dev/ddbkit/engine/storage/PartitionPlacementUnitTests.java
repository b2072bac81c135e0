package dev.ddbkit.engine.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.DynamoEngine;
import dev.ddbkit.engine.Engines;
import dev.ddbkit.engine.capacity.PartitionDiagnostics;
import dev.ddbkit.engine.capacity.ResourceDiagnostics;
import dev.ddbkit.engine.capacity.ThroughputLimiter;
import dev.ddbkit.engine.capacity.ThroughputSettings;
import dev.ddbkit.engine.capacity.UsageWindow;
import dev.ddbkit.engine.value.Value;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static org.assertj.core.api.Assertions.assertThat;

// DynamoDB places an item by an internal hash of its partition key value; a partition is a range of that hash
// space and Scan reads partitions one after another (Developer Guide, "Partitions and data distribution"). The
// engine uses one hash for both, so the partition that stores an item is the partition that serves its
// throughput, and every throughput partition is a contiguous run of the Scan order; a Scan page, priced once for
// the page ("Query and Scan": sizes summed, rounded up to 4 KB once), draws on every partition it read.
class PartitionPlacementUnitTests {

	@AutoClose
	private final DynamoEngine engine = Engines.on(Engines.clock());

	private final DynamoDbClient client = this.engine.client();

	@Test
	void anItemsStoragePartitionIsItsThroughputPartition() {
		// 27,000 RCU / 3,000 + 1,000 WCU / 1,000 per partition: ten hash-range partitions
		createTable(ScalarAttributeType.S);
		ThroughputLimiter limiter = this.engine.operations().context().throughput().limiter();
		List<PartitionDiagnostics> partitions = this.engine.capacityDiagnostics("Customers").table().partitions();
		assertThat(partitions).hasSize(10);
		for (int i = 0; i < 500; i++) {
			Value key = Value.s("CUSTOMER#" + i);
			long storageHash = PartitionToken.of(key).hash();
			PartitionDiagnostics partition = partitions.get(limiter.partitionOf("Customers", null, key));
			assertThat(Long.compareUnsigned(partition.hashStart(), storageHash)).isNotPositive();
			assertThat(Long.compareUnsigned(storageHash, partition.hashEnd())).isNotPositive();
		}
	}

	@Test
	void everyThroughputPartitionIsAContiguousRunOfTheScanOrder() {
		createTable(ScalarAttributeType.N);
		for (int i = 0; i < 300; i++) {
			int id = i;
			this.client
				.putItem((request) -> request.tableName("Customers").item(Map.of("PK", AttributeValue.fromN("" + id))));
		}
		ThroughputLimiter limiter = this.engine.operations().context().throughput().limiter();
		List<Integer> partitionsInScanOrder = new ArrayList<>();
		this.client.scanPaginator((request) -> request.tableName("Customers"))
			.items()
			.forEach((item) -> partitionsInScanOrder
				.add(limiter.partitionOf("Customers", null, Value.n(item.get("PK").n()))));
		assertThat(partitionsInScanOrder).hasSize(300).isSorted();
		assertThat(partitionsInScanOrder).contains(0, 9);
	}

	private void createTable(ScalarAttributeType keyType) {
		this.client.createTable((request) -> request.tableName("Customers")
			.billingMode(BillingMode.PROVISIONED)
			.provisionedThroughput((throughput) -> throughput.readCapacityUnits(27_000L).writeCapacityUnits(1_000L))
			.attributeDefinitions((attribute) -> attribute.attributeName("PK").attributeType(keyType))
			.keySchema((key) -> key.attributeName("PK").keyType(KeyType.HASH)));
	}

	@Test
	void gsiEntriesWrittenThroughTheTableFillAndSplitTheIndexPartitions() {
		// partitions split at 100,000 bytes here (10 GB in DynamoDB): 60 items of 10 KB
		// projected ALL into a GSI
		try (DynamoEngine small = Engines.on(Engines.clock(),
				(settings) -> settings.withThroughput(ThroughputSettings.defaults().withPartitionMaxBytes(100_000)))) {
			DynamoDbClient smallClient = small.client();
			Engines.createOrdersByStatus(smallClient, ProjectionType.ALL);
			int before = small.capacityDiagnostics("Orders")
				.globalSecondaryIndexes()
				.get("byStatus")
				.partitions()
				.size();
			for (int i = 0; i < 60; i++) {
				int id = i;
				smallClient.putItem((request) -> request.tableName("Orders")
					.item(Map.of("PK", AttributeValue.fromS("o" + id), "status", AttributeValue.fromS("S" + id),
							"payload", AttributeValue.fromS("x".repeat(10_000)))));
			}
			List<PartitionDiagnostics> index = small.capacityDiagnostics("Orders")
				.globalSecondaryIndexes()
				.get("byStatus")
				.partitions();
			assertThat(index).hasSizeGreaterThan(before).allMatch((partition) -> partition.storedBytes() <= 100_000);
			assertThat(index.stream().mapToLong(PartitionDiagnostics::storedBytes).sum()).isBetween(600_000L, 620_000L);
		}
	}

	@Test
	void aGsiAddedLaterCountsItsBackfilledEntriesInItsPartitions() {
		createTable(ScalarAttributeType.S);
		for (int i = 0; i < 20; i++) {
			int id = i;
			this.client.putItem((request) -> request.tableName("Customers")
				.item(Map.of("PK", AttributeValue.fromS("c" + id), "city", AttributeValue.fromS("city" + (id % 4)),
						"payload", AttributeValue.fromS("x".repeat(1_000)))));
		}
		this.client.updateTable((request) -> request.tableName("Customers")
			.attributeDefinitions((attribute) -> attribute.attributeName("city").attributeType(ScalarAttributeType.S))
			.globalSecondaryIndexUpdates((update) -> update.create((index) -> index.indexName("byCity")
				.keySchema((key) -> key.attributeName("city").keyType(KeyType.HASH))
				.projection((projection) -> projection.projectionType(ProjectionType.ALL))
				.provisionedThroughput((throughput) -> throughput.readCapacityUnits(10L).writeCapacityUnits(10L)))));
		long indexBytes = this.client.describeTable((request) -> request.tableName("Customers"))
			.table()
			.globalSecondaryIndexes()
			.get(0)
			.indexSizeBytes();
		List<PartitionDiagnostics> partitions = this.engine.capacityDiagnostics("Customers")
			.globalSecondaryIndexes()
			.get("byCity")
			.partitions();
		assertThat(indexBytes).isGreaterThan(20_000);
		assertThat(partitions.stream().mapToLong(PartitionDiagnostics::storedBytes).sum()).isEqualTo(indexBytes);
	}

	@Test
	void aScanPageDrawsOnEveryPartitionItRead() {
		createTable(ScalarAttributeType.S);
		for (int i = 0; i < 100; i++) {
			int id = i;
			this.client.putItem((request) -> request.tableName("Customers")
				.item(Map.of("PK", AttributeValue.fromS("c" + id), "payload",
						AttributeValue.fromS("x".repeat(2_000)))));
		}
		double writes = this.engine.capacityDiagnostics("Customers").table().consumedReadCapacityUnits();
		double scanned = this.client.scan((request) -> request.tableName("Customers").returnConsumedCapacity("TOTAL"))
			.consumedCapacity()
			.capacityUnits();
		ResourceDiagnostics table = this.engine.capacityDiagnostics("Customers").table();
		List<Double> partitionReads = table.partitions()
			.stream()
			.map((partition) -> partition.windows().stream().mapToDouble(UsageWindow::consumedReadCapacityUnits).sum())
			.toList();
		assertThat(writes).isZero();
		assertThat(scanned).isEqualTo(25.0);
		assertThat(partitionReads).hasSize(10).allMatch((reads) -> reads > 0);
		assertThat(partitionReads.stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(scanned);
	}

}
