package dev.ddbkit.engine.server;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * JSON documents as plain Java values, read and written with Jackson's streaming API:
 * objects as {@link LinkedHashMap}, arrays as {@link ArrayList}, numbers as
 * {@link BigDecimal} (exact, as DynamoDB numbers travel as strings anyway), strings,
 * booleans and {@code null}.
 */
final class JsonTree {

	private JsonTree() {
	}

	/** Reads the next value; the parser stands on its first token. */
	static @Nullable Object read(JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (token == null) {
			throw new IllegalArgumentException("Empty JSON document");
		}
		return switch (token) {
			case START_OBJECT -> readObject(parser);
			case START_ARRAY -> readArray(parser);
			case VALUE_STRING -> parser.getString();
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
			case VALUE_TRUE -> Boolean.TRUE;
			case VALUE_FALSE -> Boolean.FALSE;
			case VALUE_NULL -> null;
			default -> throw new IllegalArgumentException("Unexpected JSON token " + token);
		};
	}

	private static Map<String, Object> readObject(JsonParser parser) {
		Map<String, Object> object = new LinkedHashMap<>();
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			parser.nextToken();
			object.put(name, read(parser));
		}
		return object;
	}

	private static List<Object> readArray(JsonParser parser) {
		List<Object> array = new ArrayList<>();
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			array.add(read(parser));
		}
		return array;
	}

	/** Writes a value built of maps, lists, strings, numbers, booleans and nulls. */
	@SuppressWarnings("unchecked")
	static void write(JsonGenerator generator, @Nullable Object value) {
		if (value == null) {
			generator.writeNull();
		}
		else if (value instanceof Map<?, ?> map) {
			generator.writeStartObject();
			for (Map.Entry<String, Object> entry : ((Map<String, Object>) map).entrySet()) {
				generator.writeName(entry.getKey());
				write(generator, entry.getValue());
			}
			generator.writeEndObject();
		}
		else if (value instanceof List<?> list) {
			generator.writeStartArray();
			for (Object element : list) {
				write(generator, element);
			}
			generator.writeEndArray();
		}
		else if (value instanceof String text) {
			generator.writeString(text);
		}
		else if (value instanceof BigDecimal number) {
			generator.writeNumber(number);
		}
		else if (value instanceof Number number) {
			generator.writeNumber(new BigDecimal(number.toString()));
		}
		else if (value instanceof Boolean bool) {
			generator.writeBoolean(bool);
		}
		else {
			throw new IllegalArgumentException("Not a JSON value: " + value.getClass());
		}
	}

}
