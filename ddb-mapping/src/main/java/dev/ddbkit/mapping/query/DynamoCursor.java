package dev.ddbkit.mapping.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.dao.InvalidDataAccessApiUsageException;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Opaque cursors: a {@code LastEvaluatedKey} (string and number key attributes) encoded
 * as URL-safe Base64, to be passed back as {@code ExclusiveStartKey}.
 */
public final class DynamoCursor {

	private DynamoCursor() {
	}

	/**
	 * Encodes a key.
	 * @param key the {@code LastEvaluatedKey}
	 * @return the cursor
	 */
	public static String encode(Map<String, AttributeValue> key) {
		StringBuilder text = new StringBuilder();
		key.forEach((name, value) -> {
			String type = (value.n() != null) ? "N" : "S";
			String content = (value.n() != null) ? value.n() : value.s();
			if (content == null) {
				throw new IllegalArgumentException("Only S and N key attributes can be encoded: " + name);
			}
			text.append(name.length())
				.append(':')
				.append(name)
				.append(type)
				.append(content.length())
				.append(':')
				.append(content);
		});
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Decodes a cursor.
	 * @param cursor a cursor from {@link #encode(Map)}
	 * @return the key
	 * @throws InvalidDataAccessApiUsageException when the cursor is malformed
	 */
	public static Map<String, AttributeValue> decode(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			Map<String, AttributeValue> key = new LinkedHashMap<>();
			int[] position = { 0 };
			while (position[0] < text.length()) {
				String name = field(text, position);
				char type = text.charAt(position[0]++);
				String content = field(text, position);
				key.put(name, (type == 'N') ? AttributeValue.fromN(content) : AttributeValue.fromS(content));
			}
			return key;
		}
		catch (RuntimeException ex) {
			throw new InvalidDataAccessApiUsageException("Malformed cursor '" + cursor + "'", ex);
		}
	}

	private static String field(String text, int[] position) {
		int colon = text.indexOf(':', position[0]);
		int length = Integer.parseInt(text.substring(position[0], colon));
		String field = text.substring(colon + 1, colon + 1 + length);
		position[0] = colon + 1 + length;
		return field;
	}

}
