package dev.ddbkit.it.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;

/**
 * One line of {@code legacy.txt}: {@code id | kind | label | clauses | pinned}.
 *
 * @param id the case's stable id, e.g. {@code E01}
 * @param kind E, AU, KC, QF or AG (see the file's header)
 * @param label what the case checks
 * @param clauses the per-attribute clauses in request order (empty for AG)
 * @param attributesToGet the AttributesToGet names (AG only)
 * @param pinned DynamoDB Local's answer when the file pins it
 */
record LegacyCase(String id, String kind, String label, Map<String, Clause> clauses, List<String> attributesToGet,
		@Nullable String pinned) implements ConformanceCase {

	private static final List<String> KINDS = List.of("E", "AU", "KC", "QF", "AG");

	/**
	 * One attribute's clause:
	 * {@code name op=EQ list=N:1 value=S:x exists=true action=PUT}, each part optional;
	 * {@code list=} alone is an empty AttributeValueList.
	 */
	record Clause(@Nullable String op, @Nullable List<AttributeValue> list, @Nullable AttributeValue value,
			@Nullable Boolean exists, @Nullable String action) {

		ExpectedAttributeValue expected() {
			return ExpectedAttributeValue.builder()
				.comparisonOperator(this.op)
				.attributeValueList(this.list)
				.value(this.value)
				.exists(this.exists)
				.build();
		}

		Condition condition() {
			return Condition.builder().comparisonOperator(this.op).attributeValueList(this.list).build();
		}

		AttributeValueUpdate update() {
			return AttributeValueUpdate.builder().action(this.action).value(this.value).build();
		}

	}

	static LegacyCase parse(List<String> row) {
		String kind = CaseFile.field(row, 1);
		if (!KINDS.contains(kind)) {
			throw new IllegalArgumentException("unknown kind '" + kind + "' in " + row);
		}
		String clausesText = CaseFile.field(row, 3);
		Map<String, Clause> clauses = new LinkedHashMap<>();
		List<String> attributesToGet = new ArrayList<>();
		if (kind.equals("AG")) {
			for (String name : clausesText.split(",")) {
				attributesToGet.add(name.trim());
			}
		}
		else {
			for (String clause : clausesText.split(";")) {
				String[] tokens = clause.trim().split(" +");
				clauses.put(tokens[0], clause(tokens));
			}
		}
		String pinned = CaseFile.field(row, 4);
		return new LegacyCase(CaseFile.field(row, 0), kind, CaseFile.field(row, 2), clauses,
				List.copyOf(attributesToGet), pinned.isEmpty() ? null : pinned);
	}

	@Override
	public String displayName() {
		return this.id + " " + this.kind + " " + this.label;
	}

	private static Clause clause(String[] tokens) {
		String op = null;
		List<AttributeValue> list = null;
		AttributeValue value = null;
		Boolean exists = null;
		String action = null;
		for (int i = 1; i < tokens.length; i++) {
			String[] keyAndValue = tokens[i].split("=", 2);
			String text = keyAndValue[1];
			switch (keyAndValue[0]) {
				case "op" -> op = text;
				case "list" -> {
					list = (list != null) ? list : new ArrayList<>();
					if (!text.isEmpty()) {
						list.add(ValueNotation.parse(text));
					}
				}
				case "value" -> value = ValueNotation.parse(text);
				case "exists" -> exists = Boolean.valueOf(text);
				case "action" -> action = text;
				default -> throw new IllegalArgumentException("unknown clause part " + tokens[i]);
			}
		}
		return new Clause(op, list, value, exists, action);
	}

}
