package dev.ddbkit.engine.server;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads DynamoDB's JSON 1.0 wire format straight from a streaming parser into the SDK's
 * model builders, driven by the SDK's own field metadata ({@link SdkPojo#sdkFields()}):
 * member names as on the wire, blobs in Base64, timestamps as epoch seconds, unknown
 * members skipped, {@code null} members left unset. One reader serves every operation;
 * {@link SdkJsonWriter} is the other direction.
 * <p>
 * Source: AWS JSON 1.0 protocol as the SDKs implement it (names are the model's member
 * names; absent members are omitted).
 */
final class SdkJsonCodec {

	/** Each builder class's fields by wire name. */
	private static final Map<Class<?>, Map<String, SdkField<?>>> FIELDS = new ConcurrentHashMap<>();

	private SdkJsonCodec() {
	}

	/**
	 * A model object from the JSON object the parser stands on (its
	 * {@code START_OBJECT}), built with a fresh builder; the parser is left on the
	 * object's {@code END_OBJECT}.
	 * @throws WireFormatException if a member's JSON type does not fit the model
	 * @throws ArithmeticException if a number does not fit its integer member
	 * @throws tools.jackson.core.JacksonException if the JSON is malformed
	 */
	static Object read(JsonParser parser, Supplier<? extends SdkPojo> builderSupplier) {
		SdkPojo builder = builderSupplier.get();
		Map<String, SdkField<?>> fields = fields(builder);
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			SdkField<?> field = fields.get(parser.currentName());
			JsonToken token = parser.nextToken();
			if (field == null) {
				parser.skipChildren();
			}
			else if (token != JsonToken.VALUE_NULL) {
				field.set(builder, value(parser, field));
			}
		}
		return ((SdkBuilder<?, ?>) builder).build();
	}

	/** The builder's fields by wire name, indexed once per builder class. */
	private static Map<String, SdkField<?>> fields(SdkPojo builder) {
		Map<String, SdkField<?>> fields = FIELDS.get(builder.getClass());
		if (fields == null) {
			fields = new HashMap<>();
			for (SdkField<?> field : builder.sdkFields()) {
				fields.put(field.locationName(), field);
			}
			FIELDS.putIfAbsent(builder.getClass(), fields);
		}
		return fields;
	}

	private static Object value(JsonParser parser, SdkField<?> field) {
		MarshallingType<?> type = field.marshallingType();
		JsonToken token = parser.currentToken();
		if (type == MarshallingType.SDK_POJO) {
			expect(token == JsonToken.START_OBJECT, field);
			return read(parser, field.constructor());
		}
		if (type == MarshallingType.LIST) {
			expect(token == JsonToken.START_ARRAY, field);
			SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
			List<Object> list = new ArrayList<>();
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				list.add(element(parser, member));
			}
			return list;
		}
		if (type == MarshallingType.MAP) {
			expect(token == JsonToken.START_OBJECT, field);
			SdkField<?> member = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
			Map<String, Object> map = new LinkedHashMap<>();
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String key = parser.currentName();
				parser.nextToken();
				map.put(key, element(parser, member));
			}
			return map;
		}
		return scalar(parser, type, field);
	}

	private static @Nullable Object element(JsonParser parser, SdkField<?> member) {
		return (parser.currentToken() != JsonToken.VALUE_NULL) ? value(parser, member) : null;
	}

	private static Object scalar(JsonParser parser, MarshallingType<?> type, SdkField<?> field) {
		JsonToken token = parser.currentToken();
		if (type == MarshallingType.STRING) {
			expect(token == JsonToken.VALUE_STRING, field);
			return parser.getString();
		}
		if (type == MarshallingType.BOOLEAN) {
			expect(token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE, field);
			return token == JsonToken.VALUE_TRUE;
		}
		if (type == MarshallingType.SDK_BYTES) {
			expect(token == JsonToken.VALUE_STRING, field);
			return SdkBytes.fromByteArrayUnsafe(Base64.getDecoder().decode(parser.getString()));
		}
		expect(token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT, field);
		BigDecimal number = parser.getDecimalValue();
		if (type == MarshallingType.INSTANT) {
			return Instant.ofEpochMilli(number.movePointRight(3).longValue());
		}
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

	private static void expect(boolean fits, SdkField<?> field) {
		if (!fits) {
			throw new WireFormatException("Unexpected value for " + field.locationName());
		}
	}

	/**
	 * Whether a member value is written: auto-constructed (absent) collections are not.
	 */
	static boolean present(@Nullable Object value) {
		return value != null && !(value instanceof SdkAutoConstructList) && !(value instanceof SdkAutoConstructMap);
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
