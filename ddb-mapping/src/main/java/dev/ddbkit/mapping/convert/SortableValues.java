package dev.ddbkit.mapping.convert;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Sort-safe string forms of scalar values, for key templates and for string attributes:
 * the lexicographic order of the strings (UTF-8 bytes, as DynamoDB compares S) is the
 * natural order of the values for every temporal type.
 * <ul>
 * <li>{@link Instant}: fixed-width ISO-8601 UTC, {@code 2017-10-02T10:56:33.000Z} in keys
 * (milliseconds) and {@code 2017-10-02T10:56:33.000000000Z} in attributes (nanoseconds,
 * lossless);</li>
 * <li>{@link LocalDateTime}: the same without the zone; {@link LocalDate}:
 * {@code 2017-10-02};</li>
 * <li>{@link String} as is; enums by name; integers and decimals as written
 * ({@code BigDecimal} in plain notation), so numbers in keys sort lexicographically
 * unless the application pads them.</li>
 * </ul>
 * Years must be within 0000..9999 for fixed width.
 */
public final class SortableValues {

	static final DateTimeFormatter INSTANT_KEY = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	static final DateTimeFormatter INSTANT_ATTRIBUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	static final DateTimeFormatter LOCAL_DATE_TIME_KEY = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS");

	static final DateTimeFormatter LOCAL_DATE_TIME_ATTRIBUTE = DateTimeFormatter
		.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS");

	static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSSSSS");

	private SortableValues() {
	}

	/**
	 * The string form of a value inside a key template.
	 * @param value a scalar value
	 * @return its sort-safe string
	 */
	public static String forKey(Object value) {
		if (value instanceof Instant instant) {
			return INSTANT_KEY.format(instant);
		}
		if (value instanceof LocalDateTime dateTime) {
			return LOCAL_DATE_TIME_KEY.format(dateTime);
		}
		return forAttribute(value);
	}

	/**
	 * The string form of a scalar value stored as an S attribute.
	 * @param value a scalar value
	 * @return its sort-safe string
	 */
	public static String forAttribute(Object value) {
		if (value instanceof String string) {
			return string;
		}
		if (value instanceof Instant instant) {
			return INSTANT_ATTRIBUTE.format(instant);
		}
		if (value instanceof LocalDateTime dateTime) {
			return LOCAL_DATE_TIME_ATTRIBUTE.format(dateTime);
		}
		if (value instanceof LocalTime time) {
			return LOCAL_TIME.format(time);
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return value.toString();
	}

	/**
	 * Reads a string written by {@link #forKey(Object)} or {@link #forAttribute(Object)}
	 * back to a value.
	 * @param text the string form
	 * @param type the target type
	 * @param <T> the target type
	 * @return the value
	 * @throws IllegalArgumentException when the text is not a valid form of the type
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static <T> T parse(String text, Class<T> type) {
		Class<?> boxed = box(type);
		try {
			Object value;
			if (boxed == String.class || boxed == Object.class) {
				value = text;
			}
			else if (boxed == Instant.class) {
				value = Instant.parse(text);
			}
			else if (boxed == LocalDateTime.class) {
				value = LocalDateTime.parse(text);
			}
			else if (boxed == LocalDate.class) {
				value = LocalDate.parse(text);
			}
			else if (boxed == LocalTime.class) {
				value = LocalTime.parse(text);
			}
			else if (boxed.isEnum()) {
				value = Enum.valueOf((Class<? extends Enum>) boxed, text);
			}
			else {
				value = parseOther(text, boxed);
			}
			return (T) value;
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			throw new IllegalArgumentException("'" + text + "' is not a " + type.getSimpleName(), ex);
		}
	}

	private static Object parseOther(String text, Class<?> type) {
		if (type == Integer.class) {
			return Integer.valueOf(text);
		}
		if (type == Long.class) {
			return Long.valueOf(text);
		}
		if (type == Short.class) {
			return Short.valueOf(text);
		}
		if (type == Byte.class) {
			return Byte.valueOf(text);
		}
		if (type == Double.class) {
			return Double.valueOf(text);
		}
		if (type == Float.class) {
			return Float.valueOf(text);
		}
		if (type == BigDecimal.class) {
			return new BigDecimal(text);
		}
		if (type == BigInteger.class) {
			return new BigInteger(text);
		}
		if (type == Boolean.class) {
			return Boolean.valueOf(text);
		}
		if (type == Character.class && text.length() == 1) {
			return text.charAt(0);
		}
		if (type == UUID.class) {
			return UUID.fromString(text);
		}
		throw new IllegalArgumentException("No string form for " + type.getName());
	}

	static Class<?> box(Class<?> type) {
		if (!type.isPrimitive()) {
			return type;
		}
		if (type == int.class) {
			return Integer.class;
		}
		if (type == long.class) {
			return Long.class;
		}
		if (type == boolean.class) {
			return Boolean.class;
		}
		if (type == double.class) {
			return Double.class;
		}
		if (type == float.class) {
			return Float.class;
		}
		if (type == short.class) {
			return Short.class;
		}
		if (type == byte.class) {
			return Byte.class;
		}
		return Character.class;
	}

}
