package dev.ddbkit.mapping.convert;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.TimeToLive;
import dev.ddbkit.mapping.schema.DynamoMappingContext;
import dev.ddbkit.mapping.schema.KeyTemplate;
import dev.ddbkit.mapping.test.Alert;
import dev.ddbkit.mapping.test.BoxItem;
import dev.ddbkit.mapping.test.HitCounter;
import dev.ddbkit.mapping.test.Order;
import dev.ddbkit.mapping.test.Order.LineItem;
import dev.ddbkit.mapping.test.Order.OrderStatus;
import dev.ddbkit.mapping.test.Product;
import dev.ddbkit.mapping.test.Shipment;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The items {@link DynamoTableSchema#itemToMap(Object, boolean)} writes, attribute by
 * attribute and in order: the key attributes, then the entity type, then the properties.
 * Expected values are built through the SDK's builders, so the direct factories the
 * converter uses must give equal values.
 */
class DynamoTableSchemaUnitTests {

	private static final Instant T0 = Instant.parse("2018-05-01T10:00:00Z");

	private final DynamoMappingContext context = context();

	private final DynamoConverter converter = new DynamoConverter(this.context);

	@Test
	void writesTheTableAndIndexKeysThenTheTypeThenEachPropertyInOrder() {
		Order order = new Order("c1", "o1", T0, OrderStatus.CREATED, new BigDecimal("12.50"),
				List.of(new LineItem("p1", 2)), null);
		Map<String, AttributeValue> expected = new LinkedHashMap<>();
		expected.put("PK", s("CUSTOMER#c1"));
		expected.put("SK", s("ORDER#2018-05-01T10:00:00.000Z#o1"));
		expected.put("GSI1PK", s("STATUS#CREATED"));
		expected.put("GSI1SK", s("2018-05-01T10:00:00.000Z#o1"));
		expected.put("GSI2PK", s("ORDER#o1"));
		expected.put("GSI2SK", s("ORDER"));
		expected.put("_type", s("Order"));
		expected.put("customerId", s("c1"));
		expected.put("orderId", s("o1"));
		expected.put("purchasedAt", s("2018-05-01T10:00:00.000000000Z"));
		expected.put("status", s("CREATED"));
		expected.put("total", n("12.50"));
		expected.put("lines",
				AttributeValue.fromL(List.of(AttributeValue.fromM(map("productId", s("p1"), "quantity", n("2"))))));
		assertThat(itemOf(Order.class, order)).containsExactlyEntriesOf(expected);
	}

	@Test
	void leavesOutTheIndexKeysOfANullVariableAndNullProperties() {
		Order order = new Order("c1", "o1", T0, null, BigDecimal.ONE, List.of(), 3L);
		Map<String, AttributeValue> item = itemOf(Order.class, order);
		assertThat(item.keySet()).containsExactly("PK", "SK", "GSI2PK", "GSI2SK", "_type", "customerId", "orderId",
				"purchasedAt", "total", "lines", "version");
		assertThat(item.get("lines")).isEqualTo(AttributeValue.fromL(List.of()));
		assertThat(item.get("version")).isEqualTo(n("3"));
	}

	@Test
	void writesAMutableClassWithRenamedSetMapTransientAndVersionProperties() {
		Product product = new Product("p1");
		product.setCategory("books");
		product.setWeightGrams(350);
		product.setReleasedOn(LocalDate.of(2024, 5, 1));
		product.setTags(new LinkedHashSet<>(List.of("new", "paper")));
		product.setAttributes(new LinkedHashMap<>(Map.of("color", "red")));
		product.setCached("not stored");
		product.setVersion(4);
		Map<String, AttributeValue> expected = new LinkedHashMap<>();
		expected.put("PK", s("PRODUCT#p1"));
		expected.put("SK", s("PRODUCT"));
		expected.put("GSI3PK", s("CATEGORY#books"));
		expected.put("GSI3SK", s("p1"));
		expected.put("_type", s("Product"));
		expected.put("productId", s("p1"));
		expected.put("category", s("books"));
		expected.put("weightGrams", n("350"));
		expected.put("released", s("2024-05-01"));
		expected.put("tags", AttributeValue.builder().ss("new", "paper").build());
		expected.put("attributes", AttributeValue.fromM(map("color", s("red"))));
		expected.put("version", n("4"));
		assertThat(itemOf(Product.class, product)).containsExactlyEntriesOf(expected);
	}

	@Test
	void padsKeyNumbersAndAddsShardSuffixesOnlyToShardedKeys() {
		assertThat(itemOf(BoxItem.class, new BoxItem("b1", 7))).containsEntry("PK", s("BOX#b1"))
			.containsEntry("SK", s("ITEM#0007"))
			.containsEntry("line", n("7"));
		assertThat(itemOf(HitCounter.class, new HitCounter("n1", 3, 9L)))
			.containsEntry("PK", s("HITS#n1#" + KeyTemplate.shardOf("HITS#n1", "SLOT#3", 10)))
			.containsEntry("SK", s("SLOT#3"));
		assertThat(itemOf(Alert.class, new Alert("a1", "high", T0))).containsEntry("PK", s("ALERT#a1"))
			.containsEntry("SK", s("Alert"))
			.containsEntry("GSI1PK", s("LEVEL#high#" + KeyTemplate.shardOf("ALERT#a1", "Alert", 4)))
			.containsEntry("GSI1SK", s("2018-05-01T10:00:00.000Z"));
	}

	@Test
	void writesTheSortKeyOfALocalIndexWithoutAPartitionKeyOfItsOwn() {
		assertThat(itemOf(Shipment.class, new Shipment("s1", T0, "ups")).keySet()).containsExactly("PK", "SK", "GSI1PK",
				"LSI1SK", "_type", "shipmentId", "createdAt", "carrier");
	}

	@Test
	void writesBinaryNumberSetsNestedObjectsBooleansAndTimeToLive() {
		Gadget gadget = new Gadget("g1", new byte[] { 1, 2 }, new LinkedHashSet<>(List.of(3, 1)), Map.of("a", 1), true,
				new Part("bolt", 0.5), T0, null);
		Map<String, AttributeValue> expected = new LinkedHashMap<>();
		expected.put("PK", s("GADGET#g1"));
		expected.put("SK", s("Gadget"));
		expected.put("_type", s("Gadget"));
		expected.put("id", s("g1"));
		expected.put("blob", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] { 1, 2 })));
		expected.put("sizes", AttributeValue.builder().ns("3", "1").build());
		expected.put("counts", AttributeValue.fromM(map("a", n("1"))));
		expected.put("active", AttributeValue.builder().bool(true).build());
		expected.put("part", AttributeValue.fromM(map("name", s("bolt"), "weight", n("0.5"))));
		expected.put("expiresAt", n(Long.toString(T0.getEpochSecond())));
		assertThat(itemOf(Gadget.class, gadget)).containsExactlyEntriesOf(expected);
	}

	@Test
	void selectsAttributesFromTheSameItem() {
		DynamoTableSchema<BoxItem> schema = schema(BoxItem.class);
		BoxItem item = new BoxItem("b1", 7);
		assertThat(schema.itemToMap(item, List.of("SK", "_type", "missing")))
			.containsExactlyEntriesOf(map("SK", s("ITEM#0007"), "_type", s("BoxItem")));
		assertThat(schema.attributeValue(item, "box")).isEqualTo(s("b1"));
	}

	private <T> Map<String, AttributeValue> itemOf(Class<T> type, T entity) {
		return schema(type).itemToMap(entity, true);
	}

	private <T> DynamoTableSchema<T> schema(Class<T> type) {
		return new DynamoTableSchema<>(this.context.getRequiredEntitySchema(type), this.converter);
	}

	private static AttributeValue s(String value) {
		return AttributeValue.builder().s(value).build();
	}

	private static AttributeValue n(String value) {
		return AttributeValue.builder().n(value).build();
	}

	private static Map<String, AttributeValue> map(Object... namesAndValues) {
		Map<String, AttributeValue> map = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			map.put((String) namesAndValues[i], (AttributeValue) namesAndValues[i + 1]);
		}
		return map;
	}

	private static DynamoMappingContext context() {
		DynamoMappingContext context = new DynamoMappingContext();
		context.setDefaultTableName("items");
		context.setInitialEntitySet(Set.of(Order.class, Product.class, BoxItem.class, HitCounter.class, Alert.class,
				Shipment.class, Gadget.class));
		context.initialize();
		return context;
	}

	@DynamoEntity(type = "Gadget")
	@PartitionKey("GADGET#{id}")
	record Gadget(String id, byte[] blob, Set<Integer> sizes, Map<String, Integer> counts, Boolean active, Part part,
			@TimeToLive Instant expiresAt, @Nullable String note) {
	}

	record Part(String name, double weight) {
	}

}
