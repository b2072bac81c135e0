package dev.ddbkit.engine.expression.resolve;

import java.util.Map;

import dev.ddbkit.engine.value.Numbers;
import dev.ddbkit.engine.value.Value;
import dev.ddbkit.engine.value.ValueType;

/** How DynamoDB names constant values and their types in messages. */
final class Constants {

	private static final Map<ValueType, String> TYPE_WORDS = Map.of(ValueType.S, "STRING", ValueType.N, "NUMBER",
			ValueType.B, "BINARY", ValueType.BOOL, "BOOLEAN", ValueType.NULL, "NULL", ValueType.M, "MAP", ValueType.L,
			"LIST", ValueType.SS, "SS", ValueType.NS, "NS", ValueType.BS, "BS");

	private Constants() {
	}

	/**
	 * {@code N:10}, {@code S:a}: the form of "AttributeValue: {...}" in BETWEEN messages.
	 */
	static String render(Value value) {
		String text;
		if (value instanceof Value.S s) {
			text = s.value();
		}
		else if (value instanceof Value.N n) {
			text = Numbers.toText(n.value());
		}
		else if (value instanceof Value.B b) {
			text = b.value().toBase64();
		}
		else {
			text = value.toString();
		}
		return value.type().descriptor() + ":" + text;
	}

	/** The word ADD and DELETE messages use for a type: STRING, NUMBER, MAP, ... */
	static String typeWord(ValueType type) {
		return TYPE_WORDS.get(type);
	}

}
