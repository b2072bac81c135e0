package dev.ddbkit.it.sdk;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Short factories for SDK attribute values and items.
 */
final class Attributes {

	private Attributes() {
	}

	static AttributeValue s(String value) {
		return AttributeValue.fromS(value);
	}

	static AttributeValue n(Object value) {
		return AttributeValue.fromN(value.toString());
	}

	static AttributeValue b(int... unsignedBytes) {
		byte[] bytes = new byte[unsignedBytes.length];
		for (int i = 0; i < unsignedBytes.length; i++) {
			bytes[i] = (byte) unsignedBytes[i];
		}
		return AttributeValue.fromB(SdkBytes.fromByteArray(bytes));
	}

	static AttributeValue b(String utf8) {
		return AttributeValue.fromB(SdkBytes.fromString(utf8, StandardCharsets.UTF_8));
	}

	/**
	 * An item from alternating names and values: {@code item("pk", s("a"), "n", n(1))}.
	 */
	static Map<String, AttributeValue> item(Object... namesAndValues) {
		Map<String, AttributeValue> item = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			item.put((String) namesAndValues[i], (AttributeValue) namesAndValues[i + 1]);
		}
		return item;
	}

}
