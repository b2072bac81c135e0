package dev.ddbkit.mapping.repository.query;

import java.util.Set;

import dev.ddbkit.mapping.schema.DynamoMappingContext;
import dev.ddbkit.mapping.schema.EntitySchema;
import dev.ddbkit.mapping.test.Order;
import dev.ddbkit.mapping.test.Shipment;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.query.parser.Part;
import org.springframework.data.repository.query.parser.PartTree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class KeyConditionPlannerUnitTests {

	private final DynamoMappingContext context = context();

	@Test
	void plansOnTheTableWhenThePartitionTemplateIsBoundAndOrdersBySortKey() {
		QueryPlan plan = plan(Order.class, "findByCustomerIdOrderByPurchasedAtDesc", null, false);
		assertThat(plan.path().indexName()).isNull();
		assertThat(plan.scanForward()).isFalse();
		assertThat(plan.range()).isNull();
	}

	@Test
	void plansOnTheGlobalIndexWhoseTemplatesCoverTheProperties() {
		QueryPlan plan = plan(Order.class, "findByStatusAndPurchasedAtBetween", null, false);
		assertThat(plan.path().indexName()).isEqualTo("GSI1");
		assertThat(plan.range()).isEqualTo(new DerivedCriterion("purchasedAt", Part.Type.BETWEEN, 1));
		assertThat(plan(Order.class, "findByOrderId", null, false).path().indexName()).isEqualTo("GSI2");
		assertThat(plan.describe())
			.isEqualTo("index GSI1: GSI1PK = STATUS#{status} AND GSI1SK BETWEEN on {purchasedAt} (ascending)");
	}

	@Test
	void reportsAmbiguityUnlessQueryIndexChooses() {
		assertThatExceptionOfType(UnservableQueryException.class)
			.isThrownBy(() -> plan(Shipment.class, "findByShipmentId", null, false))
			.withMessage("ambiguous: table and index GSI1 and index LSI1 all serve it; choose one with @QueryIndex");
		assertThat(plan(Shipment.class, "findByShipmentId", "", false).path().indexName()).isNull();
		assertThat(plan(Shipment.class, "findByShipmentId", "GSI1", false).path().indexName()).isEqualTo("GSI1");
		assertThat(plan(Shipment.class, "findByShipmentIdOrderByCreatedAtDesc", null, false).path().indexName())
			.as("only the local index orders by createdAt")
			.isEqualTo("LSI1");
	}

	@Test
	void reportsWhyNoPathServesAMethod() {
		assertThatExceptionOfType(UnservableQueryException.class)
			.isThrownBy(() -> plan(Order.class, "findByCustomerIdAndOrderId", null, false))
			.withMessageStartingWith("no key serves it (table: orderId is not a partition key variable or a leading "
					+ "sort key variable of ORDER#{purchasedAt}#{orderId} | index GSI1: ");
		assertThatExceptionOfType(UnservableQueryException.class)
			.isThrownBy(() -> plan(Order.class, "findByCustomerIdAndOrderIdGreaterThan", null, false))
			.withMessageContaining("GREATER_THAN on orderId needs it to be the sort key variable {purchasedAt}");
		assertThatExceptionOfType(UnservableQueryException.class)
			.isThrownBy(() -> plan(Order.class, "findByOrderId", "GSI9", false))
			.withMessage("@QueryIndex(\"GSI9\") names no index of entity Order");
	}

	@Test
	void rejectsConsistentReadsOnGlobalIndexesButNotOnLocalOnes() {
		assertThatExceptionOfType(UnservableQueryException.class)
			.isThrownBy(() -> plan(Order.class, "findByStatus", null, true))
			.withMessageContaining("@ConsistentRead is not possible on a global secondary index");
		assertThat(plan(Shipment.class, "findByShipmentIdAndCreatedAtAfter", "LSI1", true).consistentRead()).isTrue();
	}

	private QueryPlan plan(Class<?> type, String method, @Nullable String requested, boolean consistent) {
		EntitySchema<?> schema = this.context.getRequiredEntitySchema(type);
		DerivedQuery query = new DynamoQueryCreator(new PartTree(method, type)).createQuery();
		return KeyConditionPlanner.plan(schema, query, requested, consistent);
	}

	private static DynamoMappingContext context() {
		DynamoMappingContext context = new DynamoMappingContext();
		context.setDefaultTableName("app");
		context.setInitialEntitySet(Set.of(Order.class, Shipment.class));
		context.initialize();
		return context;
	}

}
