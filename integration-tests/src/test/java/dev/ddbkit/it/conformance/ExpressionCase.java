package dev.ddbkit.it.conformance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One line of {@code expressions.txt}:
 * {@code id | kind | expression | names | values | pinned}.
 *
 * @param id the case's stable id, e.g. {@code C001}
 * @param kind C, U, P, K, F or S (see the file's header)
 * @param expression the expression as written, macros unexpanded
 * @param names the ExpressionAttributeNames, empty for none
 * @param values the ExpressionAttributeValues, empty for none
 * @param pinned DynamoDB Local's answer when the file pins it
 */
record ExpressionCase(String id, String kind, String expression, Map<String, String> names,
		Map<String, AttributeValue> values, @Nullable String pinned) implements ConformanceCase {

	private static final List<String> KINDS = List.of("C", "U", "P", "K", "F", "S");

	static ExpressionCase parse(List<String> row) {
		String kind = CaseFile.field(row, 1);
		if (!KINDS.contains(kind)) {
			throw new IllegalArgumentException("unknown kind '" + kind + "' in " + row);
		}
		Map<String, String> names = new LinkedHashMap<>();
		String namesText = CaseFile.field(row, 3);
		if (!namesText.isEmpty()) {
			for (String entry : namesText.split(",")) {
				String[] nameAndValue = entry.split("=", 2);
				names.put(nameAndValue[0].trim(), nameAndValue[1].trim());
			}
		}
		String pinned = CaseFile.field(row, 5);
		return new ExpressionCase(CaseFile.field(row, 0), kind, CaseFile.field(row, 2), names,
				ValueNotation.parseMap(CaseFile.field(row, 4)), pinned.isEmpty() ? null : pinned);
	}

	/** The expression with its macros expanded (see the file's header). */
	String expanded() {
		String expanded = this.expression;
		for (Map.Entry<String, String> macro : macros().entrySet()) {
			expanded = expanded.replace(macro.getKey(), macro.getValue());
		}
		return expanded;
	}

	@Override
	public String displayName() {
		return this.id + " " + Outcomes.shorten(this.expression, 90);
	}

	private static Map<String, String> macros() {
		Map<String, String> macros = new LinkedHashMap<>();
		macros.put("{IN101}", "qty IN (:n" + ", :n".repeat(100) + ")");
		macros.put("{IN100}", "qty IN (:n" + ", :n".repeat(99) + ")");
		macros.put("{OPS301}", "qty < word" + " AND qty < word".repeat(150));
		macros.put("{OPS300}", "qty < word" + " AND qty < word".repeat(149));
		macros.put("{NOT301}", "NOT ".repeat(300) + "qty = :n");
		macros.put("{BIG4097}", "qty = :n AND " + "b".repeat(4097 - 18) + " = :n");
		macros.put("{BIG4096}", "qty = :n AND " + "b".repeat(4096 - 18) + " = :n");
		macros.put("{PARENS}", "(".repeat(40) + "qty = :n" + ")".repeat(40));
		macros.put("{DEEP33}", "a" + ".b".repeat(32));
		macros.put("{DEEPPATH}", "attribute_exists(a" + ".b".repeat(40) + ")");
		macros.put("{BLANK3}", "   ");
		return macros;
	}

}
