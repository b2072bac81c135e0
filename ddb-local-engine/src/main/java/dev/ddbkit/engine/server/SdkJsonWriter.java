package dev.ddbkit.engine.server;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the SDK's model objects in DynamoDB's JSON 1.0 wire format straight to a
 * streaming generator, driven by the SDK's field metadata: members in the model's order,
 * absent and auto-constructed members omitted, blobs in Base64, timestamps as epoch
 * seconds with millisecond precision. The reverse of {@link SdkJsonCodec}.
 */
final class SdkJsonWriter {

	private SdkJsonWriter() {
	}

	/** Writes a model object as a JSON object. */
	static void write(JsonGenerator generator, SdkPojo pojo) {
		if (!(pojo instanceof AttributeValue value) || !writeAttributeValue(generator, value)) {
			writeFields(generator, pojo);
		}
	}

	/**
	 * Writes a model object member by member from its field metadata: the general path,
	 * which {@link #write} short-cuts for attribute values.
	 */
	static void writeFields(JsonGenerator generator, SdkPojo pojo) {
		generator.writeStartObject();
		for (SdkField<?> field : pojo.sdkFields()) {
			Object value = field.getValueOrDefault(pojo);
			if (SdkJsonCodec.present(value)) {
				generator.writeName(field.locationName());
				value(generator, field, value);
			}
		}
		generator.writeEndObject();
	}

	/**
	 * Writes an attribute value of one member (all the engine answers with) straight from
	 * its accessors, as {@link #writeFields} would; {@code false}, having written
	 * nothing, for other values. Items make up most of every response, and the general
	 * path's per-field getters and checks over all ten members cost more than the value
	 * itself. The SDK's builder sets {@link AttributeValue#type()} only when exactly one
	 * member is set, so the other members are absent.
	 */
	private static boolean writeAttributeValue(JsonGenerator generator, AttributeValue value) {
		AttributeValue.Type type = value.type();
		if (type == AttributeValue.Type.S && value.s() != null) {
			generator.writeStartObject();
			generator.writeStringProperty("S", value.s());
		}
		else if (type == AttributeValue.Type.N && value.n() != null) {
			generator.writeStartObject();
			generator.writeStringProperty("N", value.n());
		}
		else if (type == AttributeValue.Type.BOOL && value.bool() != null) {
			generator.writeStartObject();
			generator.writeBooleanProperty("BOOL", value.bool());
		}
		else if (type == AttributeValue.Type.M && value.hasM()) {
			generator.writeStartObject();
			generator.writeName("M");
			writeItem(generator, value.m());
		}
		else if (type == AttributeValue.Type.L && value.hasL()) {
			generator.writeStartObject();
			generator.writeName("L");
			generator.writeStartArray();
			for (AttributeValue element : value.l()) {
				element(generator, null, element);
			}
			generator.writeEndArray();
		}
		else {
			return false;
		}
		generator.writeEndObject();
		return true;
	}

	/** Writes an item (attribute name to value) as a JSON object. */
	static void writeItem(JsonGenerator generator, Map<String, AttributeValue> item) {
		generator.writeStartObject();
		for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
			generator.writeName(attribute.getKey());
			element(generator, null, attribute.getValue());
		}
		generator.writeEndObject();
	}

	private static void value(JsonGenerator generator, SdkField<?> field, Object value) {
		MarshallingType<?> type = field.marshallingType();
		if (type == MarshallingType.SDK_POJO) {
			write(generator, (SdkPojo) value);
		}
		else if (type == MarshallingType.LIST) {
			SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
			generator.writeStartArray();
			for (Object element : (List<?>) value) {
				element(generator, member, element);
			}
			generator.writeEndArray();
		}
		else if (type == MarshallingType.MAP) {
			SdkField<?> member = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
			generator.writeStartObject();
			for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
				generator.writeName((String) entry.getKey());
				element(generator, member, entry.getValue());
			}
			generator.writeEndObject();
		}
		else {
			scalar(generator, value);
		}
	}

	/** A collection element: {@code null} (and an absent collection) as JSON null. */
	private static void element(JsonGenerator generator, @Nullable SdkField<?> member, @Nullable Object element) {
		if (!SdkJsonCodec.present(element)) {
			generator.writeNull();
		}
		else if (member == null) {
			write(generator, (SdkPojo) element);
		}
		else {
			value(generator, member, element);
		}
	}

	private static void scalar(JsonGenerator generator, Object value) {
		if (value instanceof String text) {
			generator.writeString(text);
		}
		else if (value instanceof Boolean bool) {
			generator.writeBoolean(bool);
		}
		else if (value instanceof SdkBytes bytes) {
			generator.writeString(Base64.getEncoder().encodeToString(bytes.asByteArrayUnsafe()));
		}
		else if (value instanceof Instant instant) {
			generator.writeNumber(BigDecimal.valueOf(instant.toEpochMilli()).movePointLeft(3));
		}
		else if (value instanceof Integer || value instanceof Long) {
			generator.writeNumber(((Number) value).longValue());
		}
		else if (value instanceof BigDecimal number) {
			generator.writeNumber(number);
		}
		else if (value instanceof Number number) {
			generator.writeNumber(new BigDecimal(number.toString()));
		}
		else {
			throw new IllegalArgumentException("Not a JSON value: " + value.getClass());
		}
	}

}
