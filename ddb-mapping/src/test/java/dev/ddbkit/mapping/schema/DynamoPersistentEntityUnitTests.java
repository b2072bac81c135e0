package dev.ddbkit.mapping.schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ddbkit.mapping.test.Alert;
import dev.ddbkit.mapping.test.BoxItem;
import dev.ddbkit.mapping.test.Order;
import dev.ddbkit.mapping.test.Order.LineItem;
import dev.ddbkit.mapping.test.Order.OrderStatus;
import dev.ddbkit.mapping.test.Product;
import org.junit.jupiter.api.Test;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.core.TypeInformation;
import org.springframework.data.mapping.PersistentPropertyAccessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What the mapping context resolves once for the write path: an entity's read accessor,
 * its entity by class, and the key attributes an entity renders.
 */
class DynamoPersistentEntityUnitTests {

	private static final Instant T0 = Instant.parse("2018-05-01T10:00:00Z");

	private final DynamoMappingContext context = context();

	@Test
	void readAccessorReadsWhatThePropertyAccessorReadsFromARecordAndAClass() {
		Order order = new Order("c1", "o1", T0, OrderStatus.SHIPPED, BigDecimal.TEN, List.of(new LineItem("p", 1)), 2L);
		Product product = new Product("p1");
		product.setCategory("books");
		product.setCached("transient");
		product.setVersion(5);
		assertSameReads(order);
		assertSameReads(product);
		// the class generated at start-up, not a reflective bean wrapper
		assertThat(this.context.getRequiredPersistentEntity(Order.class).getReadAccessor(order).getClass().getName())
			.startsWith(Order.class.getName() + "__Accessor_");
	}

	@Test
	void readAccessorRejectsABeanOfAnotherType() {
		DynamoPersistentEntity<?> entity = this.context.getRequiredPersistentEntity(Order.class);
		assertThatIllegalArgumentException().isThrownBy(() -> entity.getReadAccessor(new Product("p1")))
			.withMessageContaining(Product.class.getName())
			.withMessageContaining(Order.class.getName());
	}

	@Test
	void answersTheSameEntityForAClassAsForItsTypeAndNoneForSimpleTypes() {
		DynamoPersistentEntity<?> byClass = this.context.getRequiredPersistentEntity(Order.class);
		assertThat(this.context.getPersistentEntity(TypeInformation.of(Order.class))).isSameAs(byClass);
		assertThat(this.context.getPersistentEntity(Order.class)).isSameAs(byClass);
		assertThat(this.context.getRequiredEntitySchema(Order.class)).isSameAs(byClass.getRequiredSchema());
		assertThat(this.context.getPersistentEntity(String.class)).isNull();
		assertThat(this.context.getPersistentEntity(String.class)).isNull();
	}

	@Test
	void addsAnEntityFirstAskedForByClass() {
		assertThat(this.context.getPersistentEntity(LineItem.class)).isNotNull()
			.isSameAs(this.context.getPersistentEntity(TypeInformation.of(LineItem.class)));
	}

	@Test
	void handsEveryKeyAttributeToTheConsumerAsTheMapHoldsIt() {
		Order order = new Order("c1", "o1", T0, OrderStatus.SHIPPED, BigDecimal.TEN, List.of(), null);
		Order unindexed = new Order("c1", "o2", T0, null, BigDecimal.TEN, List.of(), null);
		for (Object entity : List.of(order, unindexed, new BoxItem("b", 12), new Alert("a1", "low", T0))) {
			EntitySchema<?> schema = this.context.getRequiredEntitySchema(entity.getClass());
			Map<String, String> handed = new LinkedHashMap<>();
			schema.renderKeyAttributes(entity, handed::put);
			assertThat(schema.renderKeyAttributes(entity)).containsExactlyEntriesOf(handed);
			assertThat(handed).containsAllEntriesOf(schema.renderTableKey(entity))
				.containsAllEntriesOf(schema.renderTableKey(schema.variableValues(entity)));
		}
		EntitySchema<?> orders = this.context.getRequiredEntitySchema(Order.class);
		assertThat(orders.renderKeyAttributes(order)).containsExactly(Map.entry("PK", "CUSTOMER#c1"),
				Map.entry("SK", "ORDER#2018-05-01T10:00:00.000Z#o1"), Map.entry("GSI1PK", "STATUS#SHIPPED"),
				Map.entry("GSI1SK", "2018-05-01T10:00:00.000Z#o1"), Map.entry("GSI2PK", "ORDER#o1"),
				Map.entry("GSI2SK", "ORDER"));
		assertThat(orders.renderKeyAttributes(unindexed)).containsOnlyKeys("PK", "SK", "GSI2PK", "GSI2SK");
	}

	@Test
	void readsEveryKeyVariableOnceInTheOrderOfFirstUse() {
		Order order = new Order("c1", "o1", T0, OrderStatus.SHIPPED, BigDecimal.TEN, List.of(), null);
		assertThat(this.context.getRequiredEntitySchema(Order.class).variableValues(order)).containsExactly(
				Map.entry("customerId", "c1"), Map.entry("purchasedAt", T0), Map.entry("orderId", "o1"),
				Map.entry("status", OrderStatus.SHIPPED));
	}

	@Test
	void padsOnlyPaddedPropertiesAndRejectsNumbersThatDoNotFit() {
		EntitySchema<BoxItem> boxes = this.context.getRequiredEntitySchema(BoxItem.class);
		assertThat(boxes.renderKeyValue("line", 12)).isEqualTo("0012");
		assertThat(boxes.renderKeyValue("box", 12)).isEqualTo("12");
		assertThat(boxes.renderKeyValue("line", "00")).isEqualTo("00");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> boxes.renderKeyValue("line", 12345))
			.withMessageContaining("does not fit @KeyPadding(4)");
	}

	@Test
	void namesTheMissingPartitionKeyVariableFirst() {
		EntitySchema<Order> orders = this.context.getRequiredEntitySchema(Order.class);
		Order keyless = new Order(null, null, T0, null, BigDecimal.ONE, List.of(), null);
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> orders.renderKeyAttributes(keyless))
			.withMessage("Cannot render key CUSTOMER#{customerId} of entity Order: no value for customerId");
	}

	private void assertSameReads(Object bean) {
		DynamoPersistentEntity<?> entity = this.context.getRequiredPersistentEntity(bean.getClass());
		PersistentPropertyAccessor<?> reader = entity.getReadAccessor(bean);
		PersistentPropertyAccessor<?> accessor = entity.getPropertyAccessor(bean);
		int properties = 0;
		for (DynamoPersistentProperty property : entity) {
			assertThat(reader.getProperty(property)).as(property.getName()).isEqualTo(accessor.getProperty(property));
			properties++;
		}
		assertThat(properties).isGreaterThan(3);
		assertThat(reader.getBean()).isSameAs(bean);
	}

	private static DynamoMappingContext context() {
		DynamoMappingContext context = new DynamoMappingContext();
		context.setDefaultTableName("items");
		context.setInitialEntitySet(Set.of(Order.class, Product.class, BoxItem.class, Alert.class));
		context.initialize();
		return context;
	}

}
