package dev.ddbkit.engine.server;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Converts between DynamoDB's JSON 1.0 wire format and the SDK's model objects, driven by
 * the SDK's own field metadata ({@link SdkPojo#sdkFields()}): member names as on the
 * wire, blobs in Base64, timestamps as epoch seconds. One converter serves every
 * operation.
 * <p>
 * Source: AWS JSON 1.0 protocol as the SDKs implement it (names are the model's member
 * names; absent members are omitted).
 */
final class SdkJsonCodec {

	private SdkJsonCodec() {
	}

	/** A model object from a JSON object, built with a fresh builder. */
	static Object read(Map<String, Object> json, Supplier<? extends SdkPojo> builderSupplier) {
		SdkPojo builder = builderSupplier.get();
		for (SdkField<?> field : builder.sdkFields()) {
			if (json.containsKey(field.locationName())) {
				Object value = json.get(field.locationName());
				if (value != null) {
					field.set(builder, fromJson(field, value));
				}
			}
		}
		return ((SdkBuilder<?, ?>) builder).build();
	}

	private static Object fromJson(SdkField<?> field, Object value) {
		MarshallingType<?> type = field.marshallingType();
		if (type == MarshallingType.SDK_POJO) {
			return read(asObject(value, field), field.constructor());
		}
		if (type == MarshallingType.LIST) {
			SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
			List<Object> list = new ArrayList<>();
			for (Object element : asList(value, field)) {
				list.add((element != null) ? fromJson(member, element) : null);
			}
			return list;
		}
		if (type == MarshallingType.MAP) {
			SdkField<?> member = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
			Map<String, Object> map = new LinkedHashMap<>();
			asObject(value, field)
				.forEach((key, element) -> map.put(key, (element != null) ? fromJson(member, element) : null));
			return map;
		}
		return scalar(type, value, field);
	}

	private static Object scalar(MarshallingType<?> type, Object value, SdkField<?> field) {
		if (type == MarshallingType.STRING) {
			return expect(String.class, value, field);
		}
		if (type == MarshallingType.BOOLEAN) {
			return expect(Boolean.class, value, field);
		}
		if (type == MarshallingType.SDK_BYTES) {
			return SdkBytes.fromByteArrayUnsafe(Base64.getDecoder().decode(expect(String.class, value, field)));
		}
		if (type == MarshallingType.INSTANT) {
			BigDecimal seconds = expect(BigDecimal.class, value, field);
			return Instant.ofEpochMilli(seconds.movePointRight(3).longValue());
		}
		BigDecimal number = expect(BigDecimal.class, value, field);
		if (type == MarshallingType.INTEGER) {
			return number.intValueExact();
		}
		if (type == MarshallingType.LONG) {
			return number.longValueExact();
		}
		if (type == MarshallingType.DOUBLE) {
			return number.doubleValue();
		}
		if (type == MarshallingType.FLOAT) {
			return number.floatValue();
		}
		return number;
	}

	/** A model object as JSON values (absent and auto-constructed members omitted). */
	static Map<String, Object> write(SdkPojo pojo) {
		Map<String, Object> json = new LinkedHashMap<>();
		for (SdkField<?> field : pojo.sdkFields()) {
			Object value = field.getValueOrDefault(pojo);
			Object converted = toJson(field, value);
			if (converted != null) {
				json.put(field.locationName(), converted);
			}
		}
		return json;
	}

	private static @Nullable Object toJson(SdkField<?> field, @Nullable Object value) {
		if (value == null || value instanceof SdkAutoConstructList || value instanceof SdkAutoConstructMap) {
			return null;
		}
		MarshallingType<?> type = field.marshallingType();
		if (type == MarshallingType.SDK_POJO) {
			return write((SdkPojo) value);
		}
		if (type == MarshallingType.LIST) {
			SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
			List<Object> list = new ArrayList<>();
			for (Object element : (List<?>) value) {
				list.add(toJson(member, element));
			}
			return list;
		}
		if (type == MarshallingType.MAP) {
			SdkField<?> member = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
			Map<String, Object> map = new LinkedHashMap<>();
			((Map<?, ?>) value).forEach((key, element) -> map.put((String) key, toJson(member, element)));
			return map;
		}
		if (value instanceof SdkBytes bytes) {
			return Base64.getEncoder().encodeToString(bytes.asByteArrayUnsafe());
		}
		if (value instanceof Instant instant) {
			return BigDecimal.valueOf(instant.toEpochMilli()).movePointLeft(3);
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asObject(Object value, SdkField<?> field) {
		return expect(Map.class, value, field);
	}

	private static List<?> asList(Object value, SdkField<?> field) {
		return expect(List.class, value, field);
	}

	private static <T> T expect(Class<T> type, Object value, SdkField<?> field) {
		if (!type.isInstance(value)) {
			throw new WireFormatException("Unexpected value for " + field.locationName());
		}
		return type.cast(value);
	}

	/**
	 * The request body does not fit the model: DynamoDB answers SerializationException.
	 */
	static final class WireFormatException extends RuntimeException {

		WireFormatException(String message) {
			super(message, null, false, false);
		}

	}

}
