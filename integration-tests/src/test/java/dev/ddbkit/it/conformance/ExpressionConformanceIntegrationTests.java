package dev.ddbkit.it.conformance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.ddbkit.it.conformance.ConformanceBackends.Side;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Every case of {@code conformance/expressions.txt} sent as the same SDK request to the
 * engine in process and to DynamoDB Local 3.3.1 embedded: the answers (error code and
 * message, or the items, updated item and Count) must be identical. DynamoDB Local is the
 * reference for what the documentation leaves open: message texts, the order between
 * simultaneous errors, evaluation results.
 */
class ExpressionConformanceIntegrationTests {

	/**
	 * The engine's known differences from DynamoDB Local, by case id, with the reason;
	 * each is listed in docs/fidelity.md ("Expressions"). A listed case that becomes
	 * identical fails, so remove it here and there. Reasons starting with "regression:"
	 * are cases that used to be identical.
	 */
	private static final Map<String, String> KNOWN_DIFFERENCES = knownDifferences();

	private static Map<String, String> knownDifferences() {
		String fidelity = " (docs/fidelity.md, Expressions)";
		Map<String, String> known = new LinkedHashMap<>();
		known.put("C093", "attribute_type with a path as its type operand: DynamoDB Local lists its internal type "
				+ "names in hash-set order, which changes from run to run" + fidelity);
		known.put("C077", "new (the probe trimmed this case to an empty expression): for a blank expression "
				+ "DynamoDB Local reports a syntax error at <EOF>, the engine 'The expression can not be empty;'"
				+ fidelity);
		known.put("U052", "new (the probe compared normalized numbers): DynamoDB Local returns 1E-130 - 1E-130 as a "
				+ "zero with 130 decimal places, the engine as 0" + fidelity);
		return Map.copyOf(known);
	}

	@RegisterExtension
	static final ConformanceBackends backends = new ConformanceBackends("conformance-expressions");

	private static final CaseFile FILE = CaseFile.load("/conformance/expressions.txt");

	private static final ConformanceTally tally = new ConformanceTally("expression");

	@AfterAll
	static void printSummary() {
		System.out.println(tally.summary());
	}

	@TestFactory
	Stream<DynamicTest> everyCaseAnswersAsDynamoDbLocalDoes() {
		return tally.dynamicTests(cases(), backends, ExpressionConformanceIntegrationTests::run, KNOWN_DIFFERENCES);
	}

	@Test
	void everyKnownDifferenceNamesACaseOfTheFile() {
		ConformanceTally.assertKnownDifferencesNameCases(cases(), KNOWN_DIFFERENCES);
	}

	private static List<ExpressionCase> cases() {
		return FILE.rows().stream().map(ExpressionCase::parse).toList();
	}

	private static String run(Side side, ExpressionCase testCase) {
		DynamoDbClient ddb = side.client();
		String table = side.table();
		Map<String, AttributeValue> item = FILE.item();
		Map<String, AttributeValue> key = Map.of("pk", item.get("pk"), "sk", item.get("sk"));
		String expression = testCase.expanded();
		@Nullable Map<String, String> names = testCase.names().isEmpty() ? null : testCase.names();
		Map<String, AttributeValue> given = testCase.values();
		if (testCase.kind().equals("F") && !given.containsKey(":pk")) {
			given = new LinkedHashMap<>(given);
			given.put(":pk", item.get("pk"));
		}
		@Nullable Map<String, AttributeValue> values = given.isEmpty() ? null : given;
		return Outcomes.of(() -> {
			ddb.putItem((put) -> put.tableName(table).item(item));
			switch (testCase.kind()) {
				case "C" -> {
					ddb.putItem((put) -> put.tableName(table)
						.item(item)
						.conditionExpression(expression)
						.expressionAttributeNames(names)
						.expressionAttributeValues(values));
					return "ok";
				}
				case "U" -> {
					ddb.updateItem((update) -> update.tableName(table)
						.key(key)
						.updateExpression(expression)
						.expressionAttributeNames(names)
						.expressionAttributeValues(values));
					return item(ddb.getItem((get) -> get.tableName(table).key(key).consistentRead(true)));
				}
				case "P" -> {
					return item(ddb.getItem((get) -> get.tableName(table)
						.key(key)
						.consistentRead(true)
						.projectionExpression(expression)
						.expressionAttributeNames(names)));
				}
				case "K" -> {
					QueryResponse response = ddb.query((query) -> query.tableName(table)
						.keyConditionExpression(expression)
						.expressionAttributeNames(names)
						.expressionAttributeValues(values));
					return Outcomes.items(response.count(), response.items());
				}
				case "F" -> {
					QueryResponse response = ddb.query((query) -> query.tableName(table)
						.keyConditionExpression("pk = :pk")
						.filterExpression(expression)
						.expressionAttributeNames(names)
						.expressionAttributeValues(values));
					return Outcomes.items(response.count(), response.items());
				}
				default -> {
					ScanResponse response = ddb.scan((scan) -> scan.tableName(table)
						.filterExpression(expression)
						.expressionAttributeNames(names)
						.expressionAttributeValues(values));
					return Outcomes.items(response.count(), response.items());
				}
			}
		});
	}

	private static String item(GetItemResponse response) {
		return Outcomes.item(response.item(), response.hasItem());
	}

}
