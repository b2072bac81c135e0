package dev.ddbkit.it.conformance;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The attribute-value notation of the case files, parsed and rendered: {@code S:text},
 * {@code N:1.5}, {@code B:0x0102}, {@code BOOL:true}, {@code NULL:true},
 * {@code SS[a, b]}, {@code NS[1, 2]}, {@code BS[0x01, 0x02]}, {@code L[S:a, N:1]},
 * {@code M{k=S:v}}. Text runs to the next {@code , ; ] }} and is trimmed; rendering sorts
 * map keys and set elements (DynamoDB gives neither an order) and keeps numbers as
 * returned.
 */
final class ValueNotation {

	private static final HexFormat HEX = HexFormat.of();

	private final String text;

	private int position;

	private ValueNotation(String text) {
		this.text = text;
	}

	/**
	 * Parses {@code name=value; name=value}, e.g. values or an item; empty text: empty
	 * map.
	 */
	static Map<String, AttributeValue> parseMap(String text) {
		ValueNotation parser = new ValueNotation(text);
		Map<String, AttributeValue> values = new LinkedHashMap<>();
		parser.skipSpaces();
		while (!parser.atEnd()) {
			String name = parser.until("=").trim();
			parser.expect('=');
			values.put(name, parser.value());
			parser.skipSpaces();
			if (!parser.atEnd()) {
				parser.expect(';');
				parser.skipSpaces();
			}
		}
		return values;
	}

	/** Parses one value, e.g. {@code L[S:a, N:1]}. */
	static AttributeValue parse(String text) {
		ValueNotation parser = new ValueNotation(text);
		AttributeValue value = parser.value();
		parser.skipSpaces();
		if (!parser.atEnd()) {
			throw parser.error("unexpected text after the value");
		}
		return value;
	}

	/** Renders a value in the notation, with sorted map keys and set elements. */
	static String render(AttributeValue value) {
		if (value.s() != null) {
			return "S:" + value.s();
		}
		if (value.n() != null) {
			return "N:" + value.n();
		}
		if (value.b() != null) {
			return "B:0x" + HEX.formatHex(value.b().asByteArray());
		}
		if (value.bool() != null) {
			return "BOOL:" + value.bool();
		}
		if (Boolean.TRUE.equals(value.nul())) {
			return "NULL:true";
		}
		if (value.hasSs()) {
			return "SS" + value.ss().stream().sorted().toList();
		}
		if (value.hasNs()) {
			return "NS" + value.ns().stream().sorted().toList();
		}
		if (value.hasBs()) {
			return "BS" + value.bs().stream().map((b) -> "0x" + HEX.formatHex(b.asByteArray())).sorted().toList();
		}
		if (value.hasL()) {
			return "L" + value.l().stream().map(ValueNotation::render).toList();
		}
		if (value.hasM()) {
			return "M" + render(value.m());
		}
		return "?" + value;
	}

	/** Renders an item as {@code {a=S:x, b=N:1}} with sorted attribute names. */
	static String render(Map<String, AttributeValue> item) {
		return new TreeMap<>(item).entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + render(entry.getValue()))
			.collect(Collectors.joining(", ", "{", "}"));
	}

	private AttributeValue value() {
		skipSpaces();
		if (this.text.startsWith("SS[", this.position) || this.text.startsWith("NS[", this.position)
				|| this.text.startsWith("BS[", this.position)) {
			String type = this.text.substring(this.position, this.position + 2);
			this.position += 3;
			List<String> elements = elements();
			return switch (type) {
				case "SS" -> AttributeValue.fromSs(elements);
				case "NS" -> AttributeValue.fromNs(elements);
				default -> AttributeValue.fromBs(elements.stream().map(ValueNotation::bytes).toList());
			};
		}
		if (this.text.startsWith("L[", this.position)) {
			this.position += 2;
			List<AttributeValue> list = new ArrayList<>();
			skipSpaces();
			while (!tryExpect(']')) {
				list.add(value());
				skipSpaces();
				if (!tryExpect(',')) {
					expect(']');
					break;
				}
			}
			return AttributeValue.fromL(list);
		}
		if (this.text.startsWith("M{", this.position)) {
			this.position += 2;
			Map<String, AttributeValue> map = new LinkedHashMap<>();
			skipSpaces();
			while (!tryExpect('}')) {
				String name = until("=").trim();
				expect('=');
				map.put(name, value());
				skipSpaces();
				if (!tryExpect(',')) {
					expect('}');
					break;
				}
			}
			return AttributeValue.fromM(map);
		}
		String type = until(":");
		expect(':');
		String scalar = until(",;]}").trim();
		return switch (type) {
			case "S" -> AttributeValue.fromS(scalar);
			case "N" -> AttributeValue.fromN(scalar);
			case "B" -> AttributeValue.fromB(bytes(scalar));
			case "BOOL" -> AttributeValue.fromBool(Boolean.parseBoolean(scalar));
			case "NULL" -> AttributeValue.fromNul(true);
			default -> throw error("unknown type " + type);
		};
	}

	private List<String> elements() {
		List<String> elements = new ArrayList<>();
		skipSpaces();
		while (!tryExpect(']')) {
			elements.add(until(",]").trim());
			if (!tryExpect(',')) {
				expect(']');
				break;
			}
		}
		return elements;
	}

	private static SdkBytes bytes(String hex) {
		if (!hex.startsWith("0x")) {
			throw new IllegalArgumentException("binary values are written 0x<hex>: " + hex);
		}
		return SdkBytes.fromByteArray(HEX.parseHex(hex.substring(2)));
	}

	private String until(String stops) {
		int start = this.position;
		while (this.position < this.text.length() && stops.indexOf(this.text.charAt(this.position)) < 0) {
			this.position++;
		}
		return this.text.substring(start, this.position);
	}

	private void skipSpaces() {
		while (this.position < this.text.length() && this.text.charAt(this.position) == ' ') {
			this.position++;
		}
	}

	private boolean atEnd() {
		return this.position >= this.text.length();
	}

	private boolean tryExpect(char expected) {
		skipSpaces();
		if (!atEnd() && this.text.charAt(this.position) == expected) {
			this.position++;
			return true;
		}
		return false;
	}

	private void expect(char expected) {
		if (!tryExpect(expected)) {
			throw error("expected '" + expected + "'");
		}
	}

	private IllegalArgumentException error(String problem) {
		return new IllegalArgumentException(problem + " at " + this.position + " in: " + this.text);
	}

}
