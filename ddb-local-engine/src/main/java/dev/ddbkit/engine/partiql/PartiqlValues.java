package dev.ddbkit.engine.partiql;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.partiql.PartiqlNode.PathRef;
import dev.ddbkit.engine.value.Bytes;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Values for PartiQL: set literals ({@code <<...>>}), projected paths, and the NextToken
 * that carries a Query or Scan page's LastEvaluatedKey (key attributes are always S, N or
 * B).
 */
final class PartiqlValues {

	private PartiqlValues() {
	}

	/** A string, number or binary set from the members of a {@code <<...>>} literal. */
	static Value set(List<Value> members, int position) {
		if (members.stream().allMatch((member) -> member instanceof Value.S)) {
			Set<String> strings = new LinkedHashSet<>();
			members.forEach((member) -> strings.add(((Value.S) member).value()));
			return new Value.SS(strings);
		}
		if (members.stream().allMatch((member) -> member instanceof Value.N)) {
			Set<BigDecimal> numbers = new LinkedHashSet<>();
			members.forEach((member) -> numbers.add(((Value.N) member).value()));
			return new Value.NS(numbers);
		}
		if (members.stream().allMatch((member) -> member instanceof Value.B)) {
			Set<Bytes> bytes = new LinkedHashSet<>();
			members.forEach((member) -> bytes.add(((Value.B) member).value()));
			return new Value.BS(bytes);
		}
		throw new PartiqlSyntaxException("Set members must all be strings, numbers or binaries", position);
	}

	/**
	 * The projection of one item: each selected path's value under the name of its last
	 * attribute step followed by any list indexes after it ({@code m.n[1]} gives
	 * {@code n[1]}), as DynamoDB Local names them; missing paths are left out.
	 */
	static Item project(Item item, List<PathRef> paths) {
		Map<String, Value> projected = new LinkedHashMap<>();
		for (PathRef path : paths) {
			Value value = null;
			String label = "";
			for (Object element : path.elements()) {
				if (element instanceof String name) {
					value = (value == null && label.isEmpty()) ? item.attributes().get(name)
							: (value instanceof Value.M map) ? map.values().get(name) : null;
					label = name;
				}
				else {
					int index = (Integer) element;
					value = (value instanceof Value.L list && index < list.values().size()) ? list.values().get(index)
							: null;
					label = label + "[" + index + "]";
				}
				if (value == null) {
					break;
				}
			}
			if (value != null) {
				projected.put(label, value);
			}
		}
		return new Item(projected);
	}

	/** A NextToken for a LastEvaluatedKey. */
	static String token(Map<String, Value> key) {
		List<String> parts = new ArrayList<>();
		key.forEach((name, value) -> {
			String text = (value instanceof Value.S s) ? "S" + s.value() : (value instanceof Value.N n)
					? "N" + n.value().toPlainString() : "B" + ((Value.B) value).value().toBase64();
			parts.add(encode(name) + "~" + encode(text));
		});
		return Base64.getUrlEncoder().encodeToString(String.join("&", parts).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The LastEvaluatedKey a NextToken carries, or {@code null} for none.
	 * @throws EngineException ValidationException for a token this engine did not issue
	 */
	static @Nullable Map<String, Value> key(@Nullable String token) {
		if (token == null) {
			return null;
		}
		try {
			Map<String, Value> key = new LinkedHashMap<>();
			String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
			for (String part : text.split("&")) {
				String[] pair = part.split("~", 2);
				String value = decode(pair[1]);
				char type = value.charAt(0);
				String body = value.substring(1);
				key.put(decode(pair[0]), (type == 'S') ? Value.s(body)
						: (type == 'N') ? Value.n(body) : Value.b(Base64.getDecoder().decode(body)));
			}
			return key;
		}
		catch (RuntimeException ex) {
			throw EngineException.validation("Invalid NextToken");
		}
	}

	private static String encode(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String decode(String text) {
		return new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
	}

}
