package dev.ddbkit.engine.expression.eval;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.value.Bytes;
import dev.ddbkit.engine.value.Numbers;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * ADD and DELETE of update expressions: number addition, set union and set difference.
 * <p>
 * Source: DynamoDB Developer Guide, "Using update expressions in DynamoDB" (ADD: a
 * missing attribute starts at 0 or the empty set; DELETE: removing the last member
 * removes the attribute).
 */
final class SetArithmetic {

	private SetArithmetic() {
	}

	static Value add(@Nullable Value current, Value addend) {
		if (current == null) {
			return addend;
		}
		if (current instanceof Value.N n && addend instanceof Value.N a) {
			return number(n.value().add(a.value()));
		}
		if (current instanceof Value.SS set && addend instanceof Value.SS more) {
			Set<String> union = new LinkedHashSet<>(set.values());
			union.addAll(more.values());
			return new Value.SS(union);
		}
		if (current instanceof Value.NS set && addend instanceof Value.NS more) {
			Set<BigDecimal> union = new LinkedHashSet<>(set.values());
			union.addAll(more.values());
			return new Value.NS(union);
		}
		if (current instanceof Value.BS set && addend instanceof Value.BS more) {
			Set<Bytes> union = new LinkedHashSet<>(set.values());
			union.addAll(more.values());
			return new Value.BS(union);
		}
		throw EngineException.validation(UpdateApplier.WRONG_TYPE);
	}

	static @Nullable Value delete(@Nullable Value current, Value members) {
		if (current == null) {
			return null;
		}
		if (current instanceof Value.SS set && members instanceof Value.SS gone) {
			Set<String> rest = new LinkedHashSet<>(set.values());
			rest.removeAll(gone.values());
			return rest.isEmpty() ? null : new Value.SS(rest);
		}
		if (current instanceof Value.NS set && members instanceof Value.NS gone) {
			Set<BigDecimal> rest = new LinkedHashSet<>(set.values());
			rest.removeAll(gone.values());
			return rest.isEmpty() ? null : new Value.NS(rest);
		}
		if (current instanceof Value.BS set && members instanceof Value.BS gone) {
			Set<Bytes> rest = new LinkedHashSet<>(set.values());
			rest.removeAll(gone.values());
			return rest.isEmpty() ? null : new Value.BS(rest);
		}
		throw EngineException.validation(UpdateApplier.WRONG_TYPE);
	}

	/**
	 * An exactly computed number, rejected with DynamoDB's message when it needs more
	 * than 38 significant digits ("DynamoDB only supports precision up to 38 digits", as
	 * DynamoDB Local words it), then when out of range.
	 */
	static Value number(BigDecimal number) {
		BigDecimal normalized = Numbers.normalize(number);
		if (normalized.precision() > Numbers.MAX_PRECISION) {
			throw EngineException.validation("DynamoDB only supports precision up to 38 digits");
		}
		String violation = Numbers.violation(normalized);
		if (violation != null) {
			throw EngineException.validation(violation);
		}
		return Value.n(normalized);
	}

}
