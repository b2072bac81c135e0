package dev.ddbkit.engine.client;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.value.Bytes;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Numbers;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * SDK {@link AttributeValue} to engine {@link Value} and back, with DynamoDB's checks on
 * the way in: exactly one type set, non-empty sets without duplicates, numbers within 38
 * digits and range, NULL only {@code true}, nesting depth at most 32.
 * <p>
 * Source: DynamoDB Developer Guide, "Supported data types and naming rules".
 */
public final class ValueConverter {

	private static final int MAX_DEPTH = 32;

	private static final String INVALID = "One or more parameter values were invalid: ";

	// SDK values are immutable: the three constant ones are shared
	private static final AttributeValue TRUE = AttributeValue.fromBool(true);

	private static final AttributeValue FALSE = AttributeValue.fromBool(false);

	private static final AttributeValue NULL = AttributeValue.fromNul(true);

	private ValueConverter() {
	}

	/** An item from SDK attributes ({@code null} stays {@code null}). */
	public static @Nullable Item toItem(@Nullable Map<String, AttributeValue> attributes) {
		return (attributes != null) ? new Item(toValues(attributes)) : null;
	}

	/** Engine values from SDK attributes, in the same order. */
	public static Map<String, Value> toValues(Map<String, AttributeValue> attributes) {
		Map<String, Value> values = new LinkedHashMap<>();
		attributes.forEach((name, value) -> values.put(name, toValue(value, 0)));
		return values;
	}

	/** SDK attributes from an item ({@code null} stays {@code null}). */
	public static @Nullable Map<String, AttributeValue> fromItem(@Nullable Item item) {
		return (item != null) ? fromValues(item.attributes()) : null;
	}

	/** SDK attributes from engine values, in the same order. */
	public static Map<String, AttributeValue> fromValues(Map<String, Value> values) {
		Map<String, AttributeValue> attributes = new LinkedHashMap<>(values.size() * 4 / 3 + 1);
		values.forEach((name, value) -> attributes.put(name, fromValue(value)));
		return attributes;
	}

	/** An engine value from an SDK value. */
	public static Value toValue(AttributeValue value) {
		return toValue(value, 0);
	}

	private static Value toValue(AttributeValue value, int depth) {
		if (depth > MAX_DEPTH) {
			throw EngineException.validation("Nesting Levels have exceeded supported limits");
		}
		int types = count(value.s(), value.n(), value.b(), value.bool(), value.nul()) + (value.hasSs() ? 1 : 0)
				+ (value.hasNs() ? 1 : 0) + (value.hasBs() ? 1 : 0) + (value.hasM() ? 1 : 0) + (value.hasL() ? 1 : 0);
		if (types == 0) {
			throw EngineException
				.validation("Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
		}
		if (types > 1) {
			throw EngineException.validation(
					"Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes");
		}
		if (value.s() != null) {
			return Value.s(value.s());
		}
		if (value.n() != null) {
			return Value.n(number(value.n()));
		}
		if (value.b() != null) {
			return new Value.B(Bytes.copyOf(value.b().asByteArrayUnsafe()));
		}
		if (value.bool() != null) {
			return Value.bool(value.bool());
		}
		if (value.nul() != null) {
			if (!value.nul()) {
				throw EngineException.validation(INVALID + "Null attribute value types must have the value of true");
			}
			return Value.nul();
		}
		if (value.hasM()) {
			Map<String, Value> members = new LinkedHashMap<>();
			value.m().forEach((name, member) -> members.put(name, toValue(member, depth + 1)));
			return new Value.M(members);
		}
		if (value.hasL()) {
			List<Value> members = new ArrayList<>();
			value.l().forEach((member) -> members.add(toValue(member, depth + 1)));
			return new Value.L(members);
		}
		return toSet(value);
	}

	private static Value toSet(AttributeValue value) {
		if (value.hasSs()) {
			checkSet(value.ss(), "An string set  may not be empty");
			return new Value.SS(new LinkedHashSet<>(value.ss()));
		}
		if (value.hasNs()) {
			checkSet(value.ns(), "An number set  may not be empty");
			Set<BigDecimal> numbers = new LinkedHashSet<>();
			for (String text : value.ns()) {
				if (!numbers.add(number(text))) {
					throw duplicates(value.ns());
				}
			}
			return new Value.NS(numbers);
		}
		checkSet(value.bs(), "Binary sets should not be empty");
		Set<Bytes> members = new LinkedHashSet<>();
		for (SdkBytes bytes : value.bs()) {
			members.add(Bytes.copyOf(bytes.asByteArrayUnsafe()));
		}
		if (members.size() != value.bs().size()) {
			throw duplicates(value.bs());
		}
		return new Value.BS(members);
	}

	private static void checkSet(List<?> members, String emptyMessage) {
		if (members.isEmpty()) {
			throw EngineException.validation(INVALID + emptyMessage);
		}
		if (new LinkedHashSet<>(members).size() != members.size()) {
			throw duplicates(members);
		}
	}

	private static EngineException duplicates(List<?> members) {
		return EngineException.validation(INVALID + "Input collection %s contains duplicates.", members);
	}

	private static BigDecimal number(String text) {
		BigDecimal number;
		try {
			number = Numbers.parse(text);
		}
		catch (NumberFormatException ex) {
			throw EngineException.validation("A value provided cannot be converted into a number");
		}
		String violation = Numbers.violation(number);
		if (violation != null) {
			throw EngineException.validation(violation);
		}
		return number;
	}

	private static int count(@Nullable Object... members) {
		int count = 0;
		for (Object member : members) {
			if (member != null) {
				count++;
			}
		}
		return count;
	}

	/** An SDK value from an engine value. */
	public static AttributeValue fromValue(Value value) {
		// createS/createN/createB (public since SDK 2.30, what the Enhanced Client's own
		// converters use) construct the value directly: fromS and the like allocate a
		// builder and its EnumSet of set members for every value, twice the value's bytes
		if (value instanceof Value.S s) {
			return AttributeValue.createS(s.value());
		}
		if (value instanceof Value.N n) {
			return AttributeValue.createN(text(n.value()));
		}
		if (value instanceof Value.B b) {
			return AttributeValue.createB(SdkBytes.fromByteArrayUnsafe(b.value().toByteArray()));
		}
		if (value instanceof Value.Bool bool) {
			return bool.value() ? TRUE : FALSE;
		}
		if (value instanceof Value.Null) {
			return NULL;
		}
		// the builders copy what they are given (see SdkViews): no list or map is built
		// here only to be copied
		if (value instanceof Value.L l) {
			return AttributeValue.builder().l(SdkViews.values(l.values())).build();
		}
		if (value instanceof Value.M m) {
			return AttributeValue.builder().m(SdkViews.attributes(m.values())).build();
		}
		if (value instanceof Value.SS ss) {
			return AttributeValue.builder().ss(ss.values()).build();
		}
		if (value instanceof Value.NS ns) {
			String[] texts = new String[ns.values().size()];
			int i = 0;
			for (BigDecimal number : ns.values()) {
				texts[i++] = text(number);
			}
			return AttributeValue.builder().ns(Arrays.asList(texts)).build();
		}
		Set<Bytes> members = ((Value.BS) value).values();
		SdkBytes[] bytes = new SdkBytes[members.size()];
		int i = 0;
		for (Bytes member : members) {
			bytes[i++] = SdkBytes.fromByteArrayUnsafe(member.toByteArray());
		}
		return AttributeValue.builder().bs(Arrays.asList(bytes)).build();
	}

	/**
	 * A number's plain text. Where {@link BigDecimal#toString()} is already plain (no
	 * exponent: scale at least 0 and the adjusted exponent at least -6) it is used,
	 * because a BigDecimal caches that string: a stored number read again and again is
	 * rendered once.
	 */
	private static String text(BigDecimal number) {
		if (number.scale() >= 0 && number.precision() - number.scale() - 1 >= -6) {
			return number.toString();
		}
		return Numbers.toText(number);
	}

}
