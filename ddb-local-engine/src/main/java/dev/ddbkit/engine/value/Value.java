package dev.ddbkit.engine.value;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable DynamoDB attribute value: one of the ten data types of the service.
 * <p>
 * Numbers are held as {@link BigDecimal} normalized by
 * {@link Numbers#normalize(BigDecimal)}, so that {@code 1.0} and {@code 1} are the same
 * value, as DynamoDB compares them. Sets keep their first-seen order, hold no duplicates
 * and are never empty. Equality is DynamoDB's equality for every type.
 * <p>
 * Source: DynamoDB Developer Guide, "Supported data types and naming rules in Amazon
 * DynamoDB".
 */
public sealed interface Value
		permits Value.S, Value.N, Value.B, Value.Bool, Value.Null, Value.L, Value.M, Value.SS, Value.NS, Value.BS {

	/** The DynamoDB type descriptor of this value. */
	ValueType type();

	static S s(String value) {
		return new S(value);
	}

	static N n(String value) {
		return new N(Numbers.parse(value));
	}

	static N n(long value) {
		return new N(BigDecimal.valueOf(value));
	}

	static N n(BigDecimal value) {
		return new N(value);
	}

	static B b(byte[] value) {
		return new B(Bytes.copyOf(value));
	}

	static Bool bool(boolean value) {
		return value ? Bool.TRUE : Bool.FALSE;
	}

	static Null nul() {
		return Null.INSTANCE;
	}

	/** A string. The empty string is allowed outside keys. */
	record S(String value) implements Value {

		public S {
			if (value == null) {
				throw new IllegalArgumentException("S value must not be null");
			}
		}

		@Override
		public ValueType type() {
			return ValueType.S;
		}

	}

	/** A number, normalized: no trailing zeros, numeric equality. */
	record N(BigDecimal value) implements Value {

		public N {
			value = Numbers.normalize(value);
		}

		@Override
		public ValueType type() {
			return ValueType.N;
		}

	}

	/** A binary value. */
	record B(Bytes value) implements Value {

		public B {
			if (value == null) {
				throw new IllegalArgumentException("B value must not be null");
			}
		}

		@Override
		public ValueType type() {
			return ValueType.B;
		}

	}

	/** A Boolean. */
	record Bool(boolean value) implements Value {

		static final Bool TRUE = new Bool(true);

		static final Bool FALSE = new Bool(false);

		@Override
		public ValueType type() {
			return ValueType.BOOL;
		}

	}

	/** The NULL value (always {@code true} on the wire). */
	record Null() implements Value {

		static final Null INSTANCE = new Null();

		@Override
		public ValueType type() {
			return ValueType.NULL;
		}

	}

	/** A list of values of any types. */
	record L(List<Value> values) implements Value {

		public L {
			values = List.copyOf(values);
		}

		@Override
		public ValueType type() {
			return ValueType.L;
		}

	}

	/** A map from attribute names to values, in insertion order. */
	record M(Map<String, Value> values) implements Value {

		public M {
			values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
		}

		@Override
		public ValueType type() {
			return ValueType.M;
		}

	}

	/** A string set: non-empty, no duplicates. */
	record SS(Set<String> values) implements Value {

		public SS {
			values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
		}

		@Override
		public ValueType type() {
			return ValueType.SS;
		}

	}

	/** A number set: non-empty, no numerically equal members. */
	record NS(Set<BigDecimal> values) implements Value {

		public NS {
			LinkedHashSet<BigDecimal> normalized = new LinkedHashSet<>();
			for (BigDecimal number : values) {
				normalized.add(Numbers.normalize(number));
			}
			values = Collections.unmodifiableSet(normalized);
		}

		@Override
		public ValueType type() {
			return ValueType.NS;
		}

	}

	/** A binary set: non-empty, no duplicates. */
	record BS(Set<Bytes> values) implements Value {

		public BS {
			values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
		}

		@Override
		public ValueType type() {
			return ValueType.BS;
		}

	}

}
