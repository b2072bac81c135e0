package dev.ddbkit.mapping.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ddbkit.mapping.convert.DynamoConverter;
import dev.ddbkit.mapping.query.FilterCriterion;
import dev.ddbkit.mapping.schema.DynamoPersistentProperty;
import dev.ddbkit.mapping.schema.EntitySchema;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Renders filters on properties into a {@code FilterExpression} on their attributes,
 * values converted as the properties are stored.
 */
final class FilterRenderer {

	private FilterRenderer() {
	}

	static @Nullable RenderedFilter render(EntitySchema<?> schema, DynamoConverter converter,
			List<FilterCriterion> filters) {
		if (filters.isEmpty()) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, AttributeValue> values = new LinkedHashMap<>();
		for (FilterCriterion filter : filters) {
			DynamoPersistentProperty property = schema.getEntity().getPersistentProperty(filter.property());
			if (property == null || property.isTransient()) {
				throw new InvalidDataAccessApiUsageException("Cannot filter on " + filter.property() + ": "
						+ schema.getTypeName() + " stores no such property");
			}
			String name = "#f" + names.size();
			names.put(name, property.getAttributeName());
			List<String> refs = new ArrayList<>();
			for (Object value : filter.values()) {
				if (filter.operator() == dev.ddbkit.mapping.query.FilterOperator.IN) {
					for (Object element : (Collection<?>) value) {
						refs.add(value(values, converter, property, element));
					}
				}
				else {
					refs.add(value(values, converter, property, value));
				}
			}
			parts.add(switch (filter.operator()) {
				case EQUAL -> name + " = " + refs.get(0);
				case NOT_EQUAL -> name + " <> " + refs.get(0);
				case LESS_THAN -> name + " < " + refs.get(0);
				case LESS_THAN_OR_EQUAL -> name + " <= " + refs.get(0);
				case GREATER_THAN -> name + " > " + refs.get(0);
				case GREATER_THAN_OR_EQUAL -> name + " >= " + refs.get(0);
				case BETWEEN -> name + " BETWEEN " + refs.get(0) + " AND " + refs.get(1);
				case BEGINS_WITH -> "begins_with(" + name + ", " + refs.get(0) + ")";
				case CONTAINS -> "contains(" + name + ", " + refs.get(0) + ")";
				case IN -> name + " IN (" + String.join(", ", refs) + ")";
				case EXISTS -> "attribute_exists(" + name + ")";
				case NOT_EXISTS -> "attribute_not_exists(" + name + ")";
			});
		}
		return new RenderedFilter(String.join(" AND ", parts), names, values);
	}

	private static String value(Map<String, AttributeValue> values, DynamoConverter converter,
			DynamoPersistentProperty property, @Nullable Object value) {
		if (value == null) {
			throw new InvalidDataAccessApiUsageException(
					"Filter value for " + property.getName() + " must not be null");
		}
		AttributeValue attribute = (value instanceof String string) ? AttributeValue.fromS(string)
				: converter.writeProperty(property, value);
		String ref = ":f" + values.size();
		values.put(ref, (attribute != null) ? attribute : AttributeValue.fromNul(true));
		return ref;
	}

	/**
	 * A filter ready for a Query or Scan request.
	 *
	 * @param expression the {@code FilterExpression}
	 * @param names its attribute names
	 * @param values its attribute values
	 */
	record RenderedFilter(String expression, Map<String, String> names, Map<String, AttributeValue> values) {
	}

}
