package dev.ddbkit.it.conformance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.ddbkit.it.conformance.ConformanceBackends.Side;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Every case of {@code conformance/legacy.txt} sent as the same SDK request with the
 * legacy parameters (Expected, AttributeUpdates, KeyConditions, QueryFilter,
 * AttributesToGet) to the engine in process and to DynamoDB Local 3.3.1 embedded: the
 * answers (error code and message, or the items, updated item and Count) must be
 * identical. DynamoDB still accepts these parameters; DynamoDB Local is the reference for
 * their validation texts and semantics.
 */
class LegacyParameterConformanceIntegrationTests {

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
		known.put("KC08", "KeyConditions NE on the sort key: DynamoDB Local throws an internal LocalDBAccessException "
				+ "(not a service error); the engine answers a ValidationException" + fidelity);
		return Map.copyOf(known);
	}

	@RegisterExtension
	static final ConformanceBackends backends = new ConformanceBackends("conformance-legacy");

	private static final CaseFile FILE = CaseFile.load("/conformance/legacy.txt");

	private static final ConformanceTally tally = new ConformanceTally("legacy-parameter");

	@AfterAll
	static void printSummary() {
		System.out.println(tally.summary());
	}

	@TestFactory
	Stream<DynamicTest> everyCaseAnswersAsDynamoDbLocalDoes() {
		return tally.dynamicTests(cases(), backends, LegacyParameterConformanceIntegrationTests::run,
				KNOWN_DIFFERENCES);
	}

	@Test
	void everyKnownDifferenceNamesACaseOfTheFile() {
		ConformanceTally.assertKnownDifferencesNameCases(cases(), KNOWN_DIFFERENCES);
	}

	private static List<LegacyCase> cases() {
		return FILE.rows().stream().map(LegacyCase::parse).toList();
	}

	private static String run(Side side, LegacyCase testCase) {
		DynamoDbClient ddb = side.client();
		String table = side.table();
		Map<String, AttributeValue> item = FILE.item();
		Map<String, AttributeValue> key = Map.of("pk", item.get("pk"), "sk", item.get("sk"));
		return Outcomes.of(() -> {
			ddb.putItem((put) -> put.tableName(table).item(item));
			switch (testCase.kind()) {
				case "E" -> {
					ddb.putItem((put) -> put.tableName(table)
						.item(item)
						.expected(map(testCase, LegacyCase.Clause::expected)));
					return "ok";
				}
				case "AU" -> {
					ddb.updateItem((update) -> update.tableName(table)
						.key(key)
						.attributeUpdates(map(testCase, LegacyCase.Clause::update)));
					return item(ddb.getItem((get) -> get.tableName(table).key(key).consistentRead(true)));
				}
				case "KC" -> {
					QueryResponse response = ddb.query((query) -> query.tableName(table)
						.keyConditions(map(testCase, LegacyCase.Clause::condition)));
					return Outcomes.items(response.count(), response.items());
				}
				case "QF" -> {
					Condition partition = Condition.builder()
						.comparisonOperator("EQ")
						.attributeValueList(item.get("pk"))
						.build();
					QueryResponse response = ddb.query((query) -> query.tableName(table)
						.keyConditions(Map.of("pk", partition))
						.queryFilter(map(testCase, LegacyCase.Clause::condition)));
					return Outcomes.items(response.count(), response.items());
				}
				default -> {
					return item(ddb.getItem((get) -> get.tableName(table)
						.key(key)
						.consistentRead(true)
						.attributesToGet(testCase.attributesToGet())));
				}
			}
		});
	}

	private static <T> Map<String, T> map(LegacyCase testCase, Function<LegacyCase.Clause, T> parameter) {
		Map<String, T> parameters = new LinkedHashMap<>();
		testCase.clauses().forEach((name, clause) -> parameters.put(name, parameter.apply(clause)));
		return parameters;
	}

	private static String item(GetItemResponse response) {
		return Outcomes.item(response.item(), response.hasItem());
	}

}
