package dev.ddbkit.engine.value;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * DynamoDB's number rules: up to 38 significant digits, magnitudes from 1E-130 to
 * 9.9999999999999999999999999999999999999E+125, leading and trailing zeros trimmed.
 * <p>
 * Source: DynamoDB Developer Guide, "Supported data types and naming rules in Amazon
 * DynamoDB" (Number).
 */
public final class Numbers {

	/** The most significant digits a number may have. */
	public static final int MAX_PRECISION = 38;

	private static final BigDecimal MAX_MAGNITUDE = new BigDecimal("9.9999999999999999999999999999999999999E+125");

	private static final BigDecimal MIN_MAGNITUDE = new BigDecimal("1E-130");

	private Numbers() {
	}

	/**
	 * Parses a number as DynamoDB accepts it on the wire.
	 * @param text the number's text
	 * @return the normalized number
	 * @throws NumberFormatException if the text is not a number
	 */
	public static BigDecimal parse(String text) {
		String trimmed = text.strip();
		if (trimmed.isEmpty()) {
			throw new NumberFormatException("empty number");
		}
		return normalize(new BigDecimal(trimmed));
	}

	/** The canonical form: trailing zeros stripped, zero as plain {@code 0}. */
	public static BigDecimal normalize(BigDecimal number) {
		if (number == null) {
			throw new IllegalArgumentException("N value must not be null");
		}
		if (number.signum() == 0) {
			return BigDecimal.ZERO;
		}
		return number.stripTrailingZeros();
	}

	/**
	 * Whether a normalized number fits DynamoDB's precision and magnitude limits.
	 * @param number a normalized number
	 * @return {@code null} when it fits, otherwise the reason DynamoDB gives ("Number
	 * overflow...", "Number underflow...", "Attempting to store more than 38 significant
	 * digits...")
	 */
	public static String violation(BigDecimal number) {
		if (number.precision() > MAX_PRECISION) {
			return "Attempting to store more than 38 significant digits in a Number";
		}
		if (number.signum() == 0) {
			return null;
		}
		BigDecimal magnitude = number.abs();
		if (magnitude.compareTo(MAX_MAGNITUDE) > 0) {
			return "Number overflow. Attempting to store a number with magnitude larger than supported range";
		}
		if (magnitude.compareTo(MIN_MAGNITUDE) < 0) {
			return "Number underflow. Attempting to store a number with magnitude smaller than supported range";
		}
		return null;
	}

	/** The wire text of a normalized number: plain notation where DynamoDB uses it. */
	public static String toText(BigDecimal number) {
		return number.toPlainString();
	}

	/**
	 * Exact arithmetic as DynamoDB's {@code +}, {@code -} and {@code ADD} do it (38
	 * digits).
	 */
	public static BigDecimal add(BigDecimal left, BigDecimal right) {
		return normalize(left.add(right, new MathContext(MAX_PRECISION + 1)));
	}

}
