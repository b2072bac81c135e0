package dev.ddbkit.engine.expression.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Applies legacy AttributeUpdates (already validated): PUT sets an attribute; DELETE
 * without a value removes it, with a set value removes those members (an emptied set
 * disappears); ADD adds to a number, unites sets or appends to a list, creating the
 * attribute when missing.
 * <p>
 * Source: DynamoDB API Reference, "AttributeValueUpdate".
 */
public final class LegacyUpdate {

	static final String TYPE_MISMATCH = "Type mismatch for attribute to update";

	/**
	 * One AttributeUpdates entry.
	 *
	 * @param action PUT, ADD or DELETE; {@code null} means PUT
	 * @param value the value, or {@code null}
	 */
	public record Action(@Nullable String action, @Nullable Value value) {
	}

	private final Map<String, Action> actions;

	public LegacyUpdate(Map<String, Action> actions) {
		this.actions = Map.copyOf(actions);
	}

	/** The new item. */
	public Item apply(Item item) {
		Item result = item;
		for (Map.Entry<String, Action> entry : this.actions.entrySet()) {
			String name = entry.getKey();
			Value updated = apply(entry.getValue(), result.get(name));
			result = (updated != null) ? result.with(name, updated) : result.without(name);
		}
		return result;
	}

	private static @Nullable Value apply(Action action, @Nullable Value current) {
		Value value = action.value();
		switch (String.valueOf(action.action())) {
			case "PUT":
				return value;
			case "DELETE":
				return (value == null) ? null : typed(() -> SetArithmetic.delete(current, value));
			default:
				if (current instanceof Value.L list && value instanceof Value.L more) {
					List<Value> joined = new ArrayList<>(list.values());
					joined.addAll(more.values());
					return new Value.L(joined);
				}
				return typed(() -> SetArithmetic.add(current, value));
		}
	}

	/** Rewords the expression language's type error as the legacy API words it. */
	private static @Nullable Value typed(Supplier<@Nullable Value> change) {
		try {
			return change.get();
		}
		catch (EngineException ex) {
			if (UpdateApplier.WRONG_TYPE.equals(ex.getMessage())) {
				throw EngineException.validation(TYPE_MISMATCH);
			}
			throw ex;
		}
	}

}
