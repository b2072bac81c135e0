package dev.ddbkit.mapping.query;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A rendered condition on a sort key attribute, as DynamoDB's
 * {@code KeyConditionExpression} takes it.
 *
 * @param operator the comparison
 * @param value the value or the lower bound of {@code BETWEEN}
 * @param upper the upper bound of {@code BETWEEN}
 */
public record SortKeyCondition(SortOperator operator, String value, @Nullable String upper) {

	/**
	 * The expression on {@code #sk}, with values {@code :sk} and {@code :sk2}.
	 * @return e.g. {@code begins_with(#sk, :sk)}
	 */
	public String expression() {
		return switch (this.operator) {
			case EQUAL -> "#sk = :sk";
			case BEGINS_WITH -> "begins_with(#sk, :sk)";
			case LESS_THAN -> "#sk < :sk";
			case LESS_THAN_OR_EQUAL -> "#sk <= :sk";
			case GREATER_THAN -> "#sk > :sk";
			case GREATER_THAN_OR_EQUAL -> "#sk >= :sk";
			case BETWEEN -> "#sk BETWEEN :sk AND :sk2";
		};
	}

	/** The expression attribute values. */
	public Map<String, AttributeValue> values() {
		Map<String, AttributeValue> values = new LinkedHashMap<>();
		values.put(":sk", AttributeValue.createS(this.value));
		if (this.upper != null) {
			values.put(":sk2", AttributeValue.createS(this.upper));
		}
		return values;
	}

	@Override
	public String toString() {
		return expression().replace(":sk2", "'" + this.upper + "'").replace(":sk", "'" + this.value + "'");
	}

}
