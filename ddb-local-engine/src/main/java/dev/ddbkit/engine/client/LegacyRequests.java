package dev.ddbkit.engine.client;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.expression.LegacyParameters;
import dev.ddbkit.engine.expression.eval.LegacyUpdate;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;

/**
 * The legacy parameters of an SDK request (KeyConditions, QueryFilter, ScanFilter,
 * Expected, ConditionalOperator, AttributeUpdates, AttributesToGet) in engine values, for
 * {@link LegacyParameters} to compile; and the rule that a request may not mix them with
 * expressions.
 * <p>
 * Source: DynamoDB Developer Guide, "Legacy conditional parameters".
 */
final class LegacyRequests {

	private final Set<String> legacyUsed = new LinkedHashSet<>();

	private final Set<String> expressionUsed = new LinkedHashSet<>();

	/** Notes a legacy parameter the request carries. */
	LegacyRequests legacy(boolean present, String parameter) {
		if (present) {
			this.legacyUsed.add(parameter);
		}
		return this;
	}

	/** Notes an expression parameter the request carries. */
	LegacyRequests expression(boolean present, String parameter) {
		if (present) {
			this.expressionUsed.add(parameter);
		}
		return this;
	}

	/**
	 * Checks the request does not mix styles.
	 * @return whether legacy parameters are in use
	 */
	boolean check() {
		if (!this.legacyUsed.isEmpty() && !this.expressionUsed.isEmpty()) {
			throw EngineException.validation(
					"Can not use both expression and non-expression parameters in the same request: Non-expression parameters: %s Expression parameters: %s",
					braces(this.legacyUsed), braces(this.expressionUsed));
		}
		return !this.legacyUsed.isEmpty();
	}

	/** KeyConditions, QueryFilter or ScanFilter; {@code null} when absent or empty. */
	static @Nullable Map<String, LegacyParameters.Condition> conditions(boolean present,
			Map<String, Condition> conditions) {
		if (!present || conditions.isEmpty()) {
			return null;
		}
		Map<String, LegacyParameters.Condition> converted = new LinkedHashMap<>();
		conditions.forEach((attribute, condition) -> converted.put(attribute,
				new LegacyParameters.Condition(condition.comparisonOperatorAsString(),
						condition.hasAttributeValueList()
								? condition.attributeValueList().stream().map(ValueConverter::toValue).toList() : null,
						null, null)));
		return converted;
	}

	/** Expected; {@code null} when absent or empty. */
	static @Nullable Map<String, LegacyParameters.Condition> expected(boolean present,
			Map<String, ExpectedAttributeValue> expected) {
		if (!present || expected.isEmpty()) {
			return null;
		}
		Map<String, LegacyParameters.Condition> converted = new LinkedHashMap<>();
		expected.forEach((attribute, condition) -> converted.put(attribute,
				new LegacyParameters.Condition(condition.comparisonOperatorAsString(),
						condition.hasAttributeValueList()
								? condition.attributeValueList().stream().map(ValueConverter::toValue).toList() : null,
						(condition.value() != null) ? ValueConverter.toValue(condition.value()) : null,
						condition.exists())));
		return converted;
	}

	/** AttributeUpdates; {@code null} when absent or empty. */
	static @Nullable Map<String, LegacyUpdate.Action> updates(boolean present,
			Map<String, AttributeValueUpdate> updates) {
		if (!present || updates.isEmpty()) {
			return null;
		}
		Map<String, LegacyUpdate.Action> converted = new LinkedHashMap<>();
		updates.forEach((attribute, update) -> converted.put(attribute, new LegacyUpdate.Action(update.actionAsString(),
				(update.value() != null) ? ValueConverter.toValue(update.value()) : null)));
		return converted;
	}

	/** AttributesToGet; {@code null} when absent. */
	static @Nullable List<String> attributesToGet(boolean present, List<String> attributes) {
		return present ? List.copyOf(attributes) : null;
	}

	private static String braces(Set<String> parameters) {
		return "{" + String.join(", ", parameters) + "}";
	}

}
