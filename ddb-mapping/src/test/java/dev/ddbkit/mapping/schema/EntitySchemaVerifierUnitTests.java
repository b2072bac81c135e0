package dev.ddbkit.mapping.schema;

import java.util.List;
import java.util.Set;

import dev.ddbkit.mapping.DynamoMappingException;
import dev.ddbkit.mapping.annotation.DynamoAttribute;
import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.IndexPartitionKey;
import dev.ddbkit.mapping.annotation.IndexSortKey;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;
import dev.ddbkit.mapping.annotation.TimeToLive;
import dev.ddbkit.mapping.test.Customer;
import dev.ddbkit.mapping.test.Order;
import dev.ddbkit.mapping.test.Product;
import dev.ddbkit.mapping.test.Shipment;
import org.junit.jupiter.api.Test;

import org.springframework.data.annotation.Version;

import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EntitySchemaVerifierUnitTests {

	@Test
	void reportsEveryViolationOfAnEntityAtOnce() {
		DynamoMappingContext context = new DynamoMappingContext();
		assertThatExceptionOfType(DynamoMappingException.class)
			.isThrownBy(() -> context.getRequiredEntitySchema(Broken.class))
			.satisfies((ex) -> assertThat(ex.getViolations()).containsExactlyInAnyOrder(
					"no table: @DynamoEntity(table) is empty and no default table name is set",
					"missing @PartitionKey: every entity needs a partition key template",
					"@SortKey 'ITEM#{missing}#{tags}': unknown property {missing}; properties are [expires, name, "
							+ "pk, tags, version]",
					"@SortKey 'ITEM#{missing}#{tags}': property {tags} of type List is not a scalar and cannot be "
							+ "rendered into a key",
					"index name 'x' must be 3 to 255 characters of [a-zA-Z0-9_.-]",
					"index x @IndexPartitionKey: Key template 'A#{name' has an unclosed '{' at 2",
					"property pk is stored in attribute 'PK', which holds a computed key or the entity type; rename "
							+ "it with @DynamoAttribute",
					"@Version property version must be a Long, long, Integer or int, not String",
					"@TimeToLive property expires must be an Instant or a long of epoch seconds, not String"))
			.withMessageStartingWith("Entity " + Broken.class.getName() + " has 9 mapping violations:\n - ");
	}

	@Test
	void reportsEntitiesThatDisagreeOnATablesIndexesOrTypeNames() {
		DynamoMappingContext context = new DynamoMappingContext();
		context.setDefaultTableName("app");
		context.setInitialEntitySet(Set.of(Order.class, OtherGsi1.class, SameTypeAsCustomer.class, Customer.class));
		assertThatExceptionOfType(DynamoMappingException.class).isThrownBy(context::initialize)
			.satisfies((ex) -> assertThat(ex.getViolations()).hasSize(2)
				.anyMatch((v) -> v.startsWith("table app, index GSI1: entity ")
						&& v.contains("declares a global index on GSI1PK/GSI1SK")
						&& v.contains("declares a global index on StatusPK without sort key"))
				.anyMatch((v) -> v.contains("both use entity type 'Customer'")));
	}

	@Test
	void describesOneTablePerTableNameWithEveryIndexOnDemand() {
		DynamoMappingContext context = new DynamoMappingContext();
		context.setDefaultTableName("app");
		context.setInitialEntitySet(Set.of(Order.class, Product.class, Customer.class, Shipment.class));
		context.initialize();
		List<CreateTableRequest> requests = context.createTableRequests();
		assertThat(requests).extracting(CreateTableRequest::tableName).containsExactlyInAnyOrder("app", "shipments");
		CreateTableRequest app = requests.stream().filter((r) -> r.tableName().equals("app")).findFirst().orElseThrow();
		assertThat(app.billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
		assertThat(app.keySchema()).extracting((k) -> k.attributeName() + " " + k.keyType())
			.containsExactly("PK HASH", "SK RANGE");
		assertThat(app.globalSecondaryIndexes()).extracting(GlobalSecondaryIndex::indexName)
			.containsExactlyInAnyOrder("GSI1", "GSI2", "GSI3");
		assertThat(app.globalSecondaryIndexes()).allMatch((i) -> i.projection().projectionType() == ProjectionType.ALL);
		CreateTableRequest shipments = requests.stream()
			.filter((r) -> r.tableName().equals("shipments"))
			.findFirst()
			.orElseThrow();
		assertThat(shipments.localSecondaryIndexes()).singleElement()
			.satisfies((lsi) -> assertThat(lsi.keySchema()).extracting((k) -> k.attributeName())
				.containsExactly("PK", "LSI1SK"));
	}

	@Test
	void namesTheTimeToLiveAttributeOfEachTable() {
		DynamoMappingContext context = new DynamoMappingContext();
		context.setDefaultTableName("app");
		context.setInitialEntitySet(Set.of(dev.ddbkit.mapping.test.Counter.class, Customer.class));
		context.initialize();
		assertThat(context.timeToLiveAttributes()).containsExactly(java.util.Map.entry("app", "expiresAt"));
	}

	@Test
	void compilesTheSchemaWithDefaultsForAttributesAndSortKey() {
		DynamoMappingContext context = new DynamoMappingContext();
		context.setDefaultTableName("app");
		EntitySchema<NoSortKey> schema = context.getRequiredEntitySchema(NoSortKey.class);
		assertThat(schema.getTypeName()).isEqualTo("NoSortKey");
		assertThat(schema.getSortKey().template()).isEqualTo("NoSortKey");
		assertThat(schema.renderTableKey(new NoSortKey("a"))).containsEntry("PK", "N#a")
			.containsEntry("SK", "NoSortKey");
	}

	@Test
	void reportsEveryBadShardDeclarationAtStartUp() {
		DynamoMappingContext context = new DynamoMappingContext();
		context.setDefaultTableName("app");
		assertThatExceptionOfType(DynamoMappingException.class)
			.isThrownBy(() -> context.getRequiredEntitySchema(BadShards.class))
			.satisfies((ex) -> assertThat(ex.getViolations()).containsExactlyInAnyOrder(
					"@PartitionKey: Key template 'B#{id}' declares shards = 0; shards must be 1 (unsharded) to 1000",
					"index GSI1 @IndexPartitionKey: Key template 'S#{status}' declares shards = -2; shards must be 1 "
							+ "(unsharded) to 1000"));
	}

	@Test
	void theAccessPatternReportShowsShardedKeys() {
		DynamoMappingContext context = new DynamoMappingContext();
		context.setDefaultTableName("app");
		context.setInitialEntitySet(
				Set.of(dev.ddbkit.mapping.test.Ticket.class, dev.ddbkit.mapping.test.HitCounter.class));
		context.initialize();
		assertThat(context.getAccessPatterns().toMarkdown())
			.contains("| index GSI1 | `GSI1PK = STATUS#{status}` (sharded x4) | `GSI1SK = {openedAt}#{ticketId}` |")
			.contains("| table | `PK = HITS#{name}` (sharded x10) | `SK = SLOT#{slot}` |")
			.contains("| table | `PK = TICKET#{ticketId}` | `SK = Ticket` |");
		assertThat(context.getAccessPatterns().toText()).contains("index GSI1: GSI1PK=STATUS#{status} (sharded x4)");
	}

	@DynamoEntity(type = "BadShards")
	@PartitionKey(value = "B#{id}", shards = 0)
	@IndexPartitionKey(index = "GSI1", value = "S#{status}", shards = -2)
	record BadShards(String id, String status) {
	}

	@DynamoEntity
	@SortKey("ITEM#{missing}#{tags}")
	@IndexPartitionKey(index = "x", value = "A#{name")
	record Broken(String name, List<String> tags, @DynamoAttribute("PK") String pk, @Version String version,
			@TimeToLive String expires) {
	}

	@DynamoEntity(type = "Other")
	@PartitionKey("OTHER#{id}")
	@IndexPartitionKey(index = "GSI1", value = "STATUS#{id}", attribute = "StatusPK")
	record OtherGsi1(String id) {
	}

	@DynamoEntity(type = "Customer")
	@PartitionKey("C#{id}")
	@IndexSortKey(index = "LSI9", value = "{id}")
	record SameTypeAsCustomer(String id) {
	}

	@DynamoEntity
	@PartitionKey("N#{id}")
	record NoSortKey(String id) {
	}

}
