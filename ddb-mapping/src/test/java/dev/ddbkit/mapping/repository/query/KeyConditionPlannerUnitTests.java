package dev.ddbkit.mapping.repository.query;

import java.util.Set;

import dev.ddbkit.mapping.schema.DynamoMappingContext;
import dev.ddbkit.mapping.schema.EntitySchema;
import dev.ddbkit.mapping.test.Order;
import dev.ddbkit.mapping.test.Shipment;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.Sort;
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
			.isThrownBy(() -> plan(Order.class, "findByTotal", null, false))
			.withMessageStartingWith("no key serves it (table: partition key CUSTOMER#{customerId} needs [customerId] "
					+ "by equality | index GSI1: partition key STATUS#{status} needs [status] by equality | ")
			.withMessageEndingWith(") and it has no @AllowScan");
		assertThatExceptionOfType(UnservableQueryException.class)
			.isThrownBy(() -> plan(Order.class, "findByCustomerIdOrderByTotal", null, false))
			.withMessageContaining("OrderBy total needs it to be the sort key variable {purchasedAt}");
		assertThatExceptionOfType(UnservableQueryException.class)
			.isThrownBy(() -> plan(Order.class, "findByOrderId", "GSI9", false))
			.withMessage("@QueryIndex(\"GSI9\") names no index of entity Order");
	}

	@Test
	void turnsNonKeyPredicatesIntoFiltersPreferringThePathWithFewest() {
		QueryPlan plan = plan(Order.class, "findByCustomerIdAndTotalGreaterThanAndLinesIsNotNull", null, false);
		assertThat(plan.path().indexName()).isNull();
		assertThat(plan.filters()).extracting(DerivedCriterion::property).containsExactly("total", "lines");
		assertThatExceptionOfType(UnservableQueryException.class)
			.isThrownBy(() -> plan(Order.class, "findByCustomerIdAndStatus", null, false))
			.withMessage("ambiguous: table and index GSI1 all serve it; choose one with @QueryIndex");
		assertThat(plan(Order.class, "findByCustomerIdAndStatus", "", false).filters())
			.extracting(DerivedCriterion::property)
			.containsExactly("status");
		assertThat(plan(Order.class, "findByStatusAndTotalGreaterThan", null, false).path().indexName())
			.isEqualTo("GSI1");
		assertThat(plan(Order.class, "findByCustomerIdAndOrderIdGreaterThan", null, false).filters())
			.extracting(DerivedCriterion::property)
			.containsExactly("orderId");
		assertThatExceptionOfType(UnservableQueryException.class)
			.isThrownBy(() -> plan(Order.class, "findByCustomerIdAndOrderId", null, false))
			.withMessage("ambiguous: table and index GSI2 all serve it; choose one with @QueryIndex");
	}

	@Test
	void scansOnlyWithAllowScanAndWithoutOrderBy() {
		EntitySchema<?> schema = this.context.getRequiredEntitySchema(Order.class);
		QueryPlan scan = KeyConditionPlanner.plan(schema,
				new DynamoQueryCreator(new PartTree("findByTotalLessThan", Order.class)).createQuery(), null, false,
				true);
		assertThat(scan.scan()).isTrue();
		assertThat(scan.describe()).isEqualTo("Scan of the table filtered by [total LESS_THAN]");
		assertThatExceptionOfType(UnservableQueryException.class)
			.isThrownBy(
					() -> KeyConditionPlanner.plan(schema,
							new DynamoQueryCreator(new PartTree("findByTotalOrderByPurchasedAt", Order.class))
								.createQuery(),
							null, false, true))
			.withMessageContaining("a Scan returns items in no particular order");
	}

	@Test
	void rejectsConsistentReadsOnGlobalIndexesButNotOnLocalOnes() {
		assertThatExceptionOfType(UnservableQueryException.class)
			.isThrownBy(() -> plan(Order.class, "findByStatus", null, true))
			.withMessageContaining("@ConsistentRead is not possible on a global secondary index");
		assertThat(plan(Shipment.class, "findByShipmentIdAndCreatedAtAfter", "LSI1", true).consistentRead()).isTrue();
	}

	@Test
	void letsASortArgumentChooseOnlyTheSortKeyDirection() {
		QueryPlan plan = plan(Order.class, "findByCustomerId", null, false);
		assertThat(plan.scanForward(Sort.unsorted(), false)).isTrue();
		assertThat(plan.scanForward(Sort.by(Sort.Direction.DESC, "purchasedAt", "orderId"), false)).isFalse();
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> plan.scanForward(Sort.by("orderId"), false))
			.withMessage("Cannot sort a query on the table by orderId ASC: Sort orderId needs it to be the sort key "
					+ "variable {purchasedAt}; DynamoDB returns a query in sort key order only, ascending or "
					+ "descending");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(
					() -> plan.scanForward(Sort.by(Sort.Order.asc("purchasedAt"), Sort.Order.desc("orderId")), false))
			.withMessageContaining("Sort with mixed directions cannot follow one sort key");
		QueryPlan descending = plan(Order.class, "findByCustomerIdOrderByPurchasedAtDesc", null, false);
		assertThat(descending.scanForward(Sort.by(Sort.Direction.DESC, "purchasedAt"), true)).isFalse();
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> descending.scanForward(Sort.by("purchasedAt"), true))
			.withMessageContaining("Sort purchasedAt ASC contradicts the method's OrderBy (descending)");
		assertThat(plan(Order.class, "findByCustomerIdOrderByPurchasedAtAscOrderIdAsc", null, false).scanForward())
			.isTrue();
		assertThatExceptionOfType(UnservableQueryException.class)
			.isThrownBy(() -> plan(Order.class, "findByCustomerIdOrderByOrderIdDesc", null, false))
			.withMessageContaining("OrderBy orderId needs it to be the sort key variable {purchasedAt}");
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
