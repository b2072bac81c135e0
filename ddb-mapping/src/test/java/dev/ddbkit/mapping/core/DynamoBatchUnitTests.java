package dev.ddbkit.mapping.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import dev.ddbkit.mapping.DynamoBatchIncompleteException;
import dev.ddbkit.mapping.DynamoBatchIncompleteException.UnprocessedKey;
import dev.ddbkit.mapping.schema.DynamoMappingContext;
import dev.ddbkit.mapping.test.Customer;
import dev.ddbkit.mapping.test.Product;
import dev.ddbkit.mapping.test.TestBackend;
import dev.ddbkit.mapping.test.ThrottlingClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.dao.InvalidDataAccessApiUsageException;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ParameterizedClass(name = "{0}")
@EnumSource(TestBackend.class)
class DynamoBatchUnitTests {

	@Parameter
	TestBackend backend;

	private final List<Duration> sleeps = new ArrayList<>();

	private final List<Long> ceilings = new ArrayList<>();

	@Test
	void writesEveryItemInChunksOf25RetryingWhatWasThrottledWithJitteredBackoff() {
		ThrottlingClient client = new ThrottlingClient(this.backend.client(), 3);
		DynamoTemplate template = template(client, 10);
		List<Product> saved = template.batchSave(products(60));
		assertThat(saved).allMatch((p) -> p.getVersion() == 1);
		assertThat(client.batchSizes()).allMatch((size) -> size <= 25);
		assertThat(client.batchSizes()).startsWith(25, 13, 7, 4, 25, 10);
		assertThat(this.sleeps).hasSize(3);
		assertThat(this.ceilings).containsExactly(50L, 100L, 200L);
		List<String> ids = IntStream.range(0, 60).mapToObj((i) -> "p" + i).toList();
		assertThat(template.batchGet(Product.class, ids)).extracting(Product::getProductId)
			.containsExactlyElementsOf(ids);
	}

	@Test
	void batchWriteReportsItemsCapacityRetriesAndThrottles() {
		ThrottlingClient client = new ThrottlingClient(this.backend.client(), 3, 1);
		DynamoTemplate template = template(client, 10);
		DynamoBatchResult result = template.batchWrite(products(60));
		// one call rejected whole, then 25 -> 13 -> 7 -> 4 unprocessed, then 25 and 10
		assertThat(client.batchSizes()).containsExactly(25, 25, 13, 7, 4, 25, 10);
		assertThat(result).isEqualTo(new DynamoBatchResult(60, 60.0, 7, 4, 1));
		assertThat(template.batchGet(Product.class, List.of("p0", "p59"))).hasSize(2);
	}

	@Test
	void batchWriteItemsPutsReadyMadeItemsMergingDuplicateKeysAndReportsThem() {
		DynamoTemplate template = template(this.backend.client(), 3);
		String table = template.getMappingContext().getRequiredEntitySchema(Customer.class).getTableName();
		List<java.util.Map<String, AttributeValue>> items = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			items.add(customerItem("c" + i, "name" + i));
		}
		items.add(customerItem("c0", "renamed"));
		DynamoBatchResult result = template.batchWriteItems(table, items);
		assertThat(result.itemsWritten()).isEqualTo(30);
		assertThat(result.requests()).isEqualTo(2);
		assertThat(result.retries()).isZero();
		assertThat(result.throttles()).isZero();
		assertThat(result.consumedWriteCapacityUnits()).isEqualTo(30.0);
		assertThat(template.findById(Customer.class, "c0")).map(Customer::name).contains("renamed");
		assertThat(template.findById(Customer.class, "c29")).map(Customer::name).contains("name29");
		assertThat(result.plus(result)).isEqualTo(new DynamoBatchResult(60, 60.0, 4, 0, 0));
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(
					() -> template.batchWriteItems(table, List.of(java.util.Map.of("id", AttributeValue.fromS("x")))))
			.withMessage("batchWriteItems needs items with string key attributes PK and SK, got [id]");
	}

	@Test
	void mergesDuplicateKeysKeepingTheLastWrite() {
		DynamoTemplate template = template(this.backend.client(), 3);
		template.batchSave(List.of(new Customer("c1", "first", "x"), new Customer("c2", "b", "y"),
				new Customer("c1", "last", "z")));
		assertThat(template.findById(Customer.class, "c1")).map(Customer::name).contains("last");
	}

	@Test
	void reportsEveryUnprocessedKeyWhenTheBudgetRunsOut() {
		DynamoTemplate template = template(new ThrottlingClient(this.backend.client(), -1), 3);
		assertThatExceptionOfType(DynamoBatchIncompleteException.class)
			.isThrownBy(() -> template.batchSave(products(30)))
			.withMessageStartingWith("Batch write left 30 of 30 requests unprocessed after 3 attempts per chunk")
			.satisfies((ex) -> assertThat(ex.getUnprocessed()).hasSize(30)
				.first()
				.extracting(UnprocessedKey::operation, UnprocessedKey::key)
				.containsExactly("PUT", java.util.Map.of("PK", "PRODUCT#p0", "SK", "PRODUCT")));
		assertThat(this.sleeps).as("two waits per chunk of the two chunks").hasSize(4);
	}

	@Test
	void readsAndDeletesInBatchesRetryingUnprocessedKeys() {
		ThrottlingClient client = new ThrottlingClient(this.backend.client(), 2);
		DynamoTemplate template = template(client, 5);
		template.batchSave(products(5));
		assertThat(template.batchGet(Product.class, List.of("p4", "missing", "p0"))).extracting(Product::getProductId)
			.containsExactly("p4", "p0");
		template.batchDelete(Product.class, List.of("p0", "p1"));
		assertThat(template.batchGet(Product.class, List.of("p0", "p1", "p2"))).extracting(Product::getProductId)
			.containsExactly("p2");
	}

	@Test
	void refusesVersionedEntitiesThatAreNotNew() {
		DynamoTemplate template = template(this.backend.client(), 3);
		Product stale = new Product("p1");
		stale.setVersion(4);
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> template.batchSave(List.of(stale)))
			.withMessageContaining(
					"batchSave cannot check versions: Product {PK=PRODUCT#p1, SK=PRODUCT} has version 4");
	}

	private DynamoTemplate template(software.amazon.awssdk.services.dynamodb.DynamoDbClient client, int attempts) {
		DynamoMappingContext context = this.backend.createContext(Product.class, Customer.class);
		DynamoTemplate template = new DynamoTemplate(client, context);
		template.setBatchPolicy(new DynamoBatchPolicy(attempts, Duration.ofMillis(50), Duration.ofSeconds(1),
				this.sleeps::add, (bound) -> {
					this.ceilings.add(bound);
					return bound / 2;
				}));
		return template;
	}

	private static java.util.Map<String, AttributeValue> customerItem(String id, String name) {
		return java.util.Map.of("PK", AttributeValue.fromS("CUSTOMER#" + id), "SK", AttributeValue.fromS("PROFILE"),
				"_type", AttributeValue.fromS("Customer"), "customerId", AttributeValue.fromS(id), "name",
				AttributeValue.fromS(name), "city", AttributeValue.fromS("Recife"));
	}

	private static List<Product> products(int count) {
		return IntStream.range(0, count).mapToObj((i) -> new Product("p" + i)).toList();
	}

}
