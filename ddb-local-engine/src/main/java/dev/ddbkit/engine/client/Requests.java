package dev.ddbkit.engine.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.operation.ExpressionInput;
import dev.ddbkit.engine.operation.ReturnValue;
import dev.ddbkit.engine.operation.Select;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Helpers that read SDK request members into engine terms with DynamoDB's validation
 * messages for enum members and unsupported legacy parameters.
 */
final class Requests {

	private Requests() {
	}

	static ExpressionInput expressions(boolean hasNames, Map<String, String> names, boolean hasValues,
			Map<String, AttributeValue> values) {
		Map<String, Value> converted = null;
		if (hasValues) {
			converted = new LinkedHashMap<>();
			for (Map.Entry<String, AttributeValue> entry : values.entrySet()) {
				try {
					converted.put(entry.getKey(), ValueConverter.toValue(entry.getValue()));
				}
				catch (EngineException ex) {
					throw EngineException.validation("ExpressionAttributeValues contains invalid value: %s for key %s",
							ex.getMessage(), entry.getKey());
				}
			}
		}
		return new ExpressionInput(hasNames ? names : null, converted);
	}

	static ReturnValue returnValue(@Nullable String text) {
		if (text == null) {
			return ReturnValue.NONE;
		}
		try {
			return ReturnValue.valueOf(text);
		}
		catch (IllegalArgumentException ex) {
			throw EngineException.validation(
					"1 validation error detected: Value '%s' at 'returnValues' failed to satisfy constraint: Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]",
					text);
		}
	}

	static boolean returnOldOnFailure(@Nullable String text) {
		if (text == null || text.equals("NONE")) {
			return false;
		}
		if (text.equals("ALL_OLD")) {
			return true;
		}
		throw EngineException.validation(
				"1 validation error detected: Value '%s' at 'returnValuesOnConditionCheckFailure' failed to satisfy constraint: Member must satisfy enum value set: [ALL_OLD, NONE]",
				text);
	}

	static @Nullable Select select(@Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			return Select.valueOf(text);
		}
		catch (IllegalArgumentException ex) {
			throw EngineException.validation(
					"1 validation error detected: Value '%s' at 'select' failed to satisfy constraint: Member must satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]",
					text);
		}
	}

	static boolean isTrue(@Nullable Boolean value) {
		return Boolean.TRUE.equals(value);
	}

	/** Items for an SDK builder, which copies them (see {@link SdkViews}). */
	static List<Map<String, AttributeValue>> fromItems(List<Item> items) {
		return SdkViews.items(items);
	}

}
