package dev.ddbkit.mapping.convert;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.core.CollectionFactory;
import org.springframework.data.core.TypeInformation;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Scalar, collection and map values to {@link AttributeValue}s and back. Numbers are N,
 * booleans BOOL, {@code byte[]} B, other scalars S in their {@link SortableValues
 * sort-safe} form; sets of strings, enums or numbers are SS/NS (omitted when empty:
 * DynamoDB stores no empty sets), other collections L, maps M, nested objects M.
 */
final class AttributeValues {

	private final DynamoConverter converter;

	AttributeValues(DynamoConverter converter) {
		this.converter = converter;
	}

	@Nullable AttributeValue write(Object value, TypeInformation<?> type) {
		// scalars through the SDK's direct factories (createS/N/Bool: no builder, as the
		// Enhanced Client's own converters); the most common attribute first, no
		// converter applies to a java.* type
		if (value instanceof String string) {
			return AttributeValue.createS(string);
		}
		Object custom = this.converter.customWrite(value);
		if (custom != value) {
			return write(custom, TypeInformation.of(custom.getClass()));
		}
		if (value instanceof Boolean bool) {
			return AttributeValue.createBool(bool);
		}
		if (value instanceof Number number) {
			return AttributeValue.createN(number(number));
		}
		if (value instanceof byte[] bytes) {
			return AttributeValue.fromB(SdkBytes.fromByteArray(bytes));
		}
		if (value instanceof Set<?> set && isScalarSet(set)) {
			return writeSet(set);
		}
		if (value instanceof Collection<?> collection) {
			TypeInformation<?> component = componentType(type, null);
			List<AttributeValue> list = new ArrayList<>(collection.size());
			for (Object element : collection) {
				list.add(element(element, component));
			}
			return AttributeValue.fromL(list);
		}
		if (value instanceof Map<?, ?> map) {
			TypeInformation<?> valueType = mapValueType(type);
			Map<String, AttributeValue> attributes = new LinkedHashMap<>();
			map.forEach((key, element) -> attributes.put(String.valueOf(key), element(element, valueType)));
			return AttributeValue.fromM(attributes);
		}
		if (this.converter.isEntityType(value.getClass())) {
			return AttributeValue.fromM(this.converter.write(value));
		}
		return AttributeValue.createS(SortableValues.forAttribute(value));
	}

	@Nullable Object read(AttributeValue attribute, TypeInformation<?> type) {
		if (Boolean.TRUE.equals(attribute.nul())) {
			return null;
		}
		Class<?> target = type.getType();
		if (target == Object.class && (attribute.hasM() || attribute.hasL())) {
			return read(attribute, attribute.hasM() ? TypeInformation.MAP : TypeInformation.LIST);
		}
		if (type.isCollectionLike() && !target.isArray()) {
			return readCollection(attribute, type);
		}
		if (type.isMap()) {
			Map<Object, Object> map = CollectionFactory.createMap(target, attribute.m().size());
			TypeInformation<?> valueType = mapValueType(type);
			attribute.m().forEach((key, element) -> map.put(key, read(element, valueType)));
			return map;
		}
		Object stored = (attribute.s() != null) ? attribute.s() : (attribute.n() != null)
				? new BigDecimal(attribute.n()) : (attribute.bool() != null) ? attribute.bool() : null;
		Object custom = (stored != null) ? this.converter.customRead(stored, target) : null;
		if (custom != null) {
			return custom;
		}
		if (attribute.hasM() && this.converter.isEntityType(target)) {
			return this.converter.read(target, attribute.m());
		}
		return scalar(attribute, SortableValues.box(target));
	}

	private Object scalar(AttributeValue attribute, Class<?> target) {
		if (attribute.bool() != null) {
			return attribute.bool();
		}
		if (attribute.b() != null) {
			return attribute.b().asByteArray();
		}
		String text = (attribute.n() != null) ? attribute.n() : attribute.s();
		if (text == null) {
			throw new IllegalArgumentException("Cannot read " + attribute + " as " + target.getSimpleName());
		}
		if (target == Object.class) {
			return (attribute.n() != null) ? new BigDecimal(text) : text;
		}
		if (attribute.n() != null && Number.class.isAssignableFrom(target) && target != BigDecimal.class
				&& target != BigInteger.class && target != Double.class && target != Float.class) {
			// DynamoDB normalizes numbers ("1.0" is stored as "1"), so integral targets
			// read through BigDecimal
			return SortableValues.parse(new BigDecimal(text).toBigIntegerExact().toString(), target);
		}
		return SortableValues.parse(text, target);
	}

	private Object readCollection(AttributeValue attribute, TypeInformation<?> type) {
		TypeInformation<?> component = componentType(type, attribute);
		List<AttributeValue> elements;
		if (attribute.hasSs()) {
			elements = attribute.ss().stream().map(AttributeValue::fromS).toList();
		}
		else if (attribute.hasNs()) {
			elements = attribute.ns().stream().map(AttributeValue::fromN).toList();
		}
		else if (attribute.hasBs()) {
			elements = attribute.bs().stream().map(AttributeValue::fromB).toList();
		}
		else {
			elements = attribute.l();
		}
		Collection<Object> collection = CollectionFactory.createCollection(type.getType(), component.getType(),
				elements.size());
		for (AttributeValue element : elements) {
			collection.add(read(element, component));
		}
		return collection;
	}

	private AttributeValue element(@Nullable Object element, TypeInformation<?> type) {
		if (element == null) {
			return AttributeValue.fromNul(true);
		}
		AttributeValue value = write(element,
				type.getType().isInstance(element) ? type : TypeInformation.of(element.getClass()));
		return (value != null) ? value : AttributeValue.fromL(List.of());
	}

	private static @Nullable AttributeValue writeSet(Set<?> set) {
		if (set.isEmpty()) {
			return null;
		}
		if (set.iterator().next() instanceof Number) {
			return AttributeValue.fromNs(set.stream().map((n) -> number((Number) n)).toList());
		}
		return AttributeValue.fromSs(set.stream().map(SortableValues::forAttribute).toList());
	}

	private static boolean isScalarSet(Set<?> set) {
		if (set.isEmpty()) {
			return true;
		}
		Object first = set.iterator().next();
		return first instanceof String || first instanceof Number || first instanceof Enum<?>;
	}

	private static TypeInformation<?> componentType(TypeInformation<?> type, @Nullable AttributeValue attribute) {
		TypeInformation<?> component = type.getComponentType();
		return (component != null) ? component : TypeInformation.OBJECT;
	}

	private static TypeInformation<?> mapValueType(TypeInformation<?> type) {
		TypeInformation<?> valueType = type.getMapValueType();
		return (valueType != null) ? valueType : TypeInformation.OBJECT;
	}

	private static String number(Number number) {
		if (number instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (number instanceof Double || number instanceof Float) {
			double d = number.doubleValue();
			if (Double.isNaN(d) || Double.isInfinite(d)) {
				throw new IllegalArgumentException("DynamoDB numbers cannot be " + d);
			}
			return BigDecimal.valueOf(d).toPlainString();
		}
		return number.toString();
	}

}
