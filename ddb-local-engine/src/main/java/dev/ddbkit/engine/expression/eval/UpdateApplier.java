package dev.ddbkit.engine.expression.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.expression.ast.Operand;
import dev.ddbkit.engine.expression.ast.Path;
import dev.ddbkit.engine.expression.ast.PathElement;
import dev.ddbkit.engine.expression.ast.UpdateAction;
import dev.ddbkit.engine.expression.ast.UpdateExpression;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Applies a resolved update expression to an item.
 * <p>
 * All SET operands are read from the item as it was before the update. SET writes a value
 * ({@code +}/{@code -} on numbers, {@code if_not_exists}, {@code list_append}); REMOVE
 * deletes attributes, map keys and list elements (several indexes of one list refer to
 * the list before the update); ADD adds to a number or a set, creating it when missing;
 * DELETE removes members from a set, and an emptied set disappears.
 * <p>
 * Source: DynamoDB Developer Guide, "Using update expressions in DynamoDB".
 */
public final class UpdateApplier {

	static final String MISSING_OPERAND = "The provided expression refers to an attribute that does not exist in the item";

	static final String WRONG_TYPE = "An operand in the update expression has an incorrect data type";

	private final UpdateExpression update;

	/**
	 * @param update an update expression resolved by the ExpressionResolver
	 */
	public UpdateApplier(UpdateExpression update) {
		this.update = update;
	}

	/** The top-level attributes the update writes, in the order written. */
	public Set<String> attributeNames() {
		Set<String> names = new LinkedHashSet<>();
		for (UpdateAction action : this.update.actions()) {
			names.add(action.path().attributeName());
		}
		return Collections.unmodifiableSet(names);
	}

	/**
	 * Applies the update.
	 * @param item the item before the update ({@link Item#EMPTY} when there is none)
	 * @return the item after the update
	 * @throws EngineException ValidationException with DynamoDB's message for a missing
	 * operand, an operand of the wrong type or a path that cannot be written
	 */
	public Item apply(Item item) {
		List<Path> paths = new ArrayList<>();
		List<DocumentWriter.Change> changes = new ArrayList<>();
		List<Path> removals = new ArrayList<>();
		for (UpdateAction action : this.update.actions()) {
			if (action instanceof UpdateAction.Remove) {
				removals.add(action.path());
				continue;
			}
			paths.add(action.path());
			changes.add(change(action, item));
		}
		Item result = item;
		for (int i = 0; i < paths.size(); i++) {
			result = DocumentWriter.write(result, paths.get(i), changes.get(i));
		}
		removals.sort(UpdateApplier::laterFirst);
		for (Path removal : removals) {
			result = DocumentWriter.write(result, removal, (current) -> null);
		}
		for (Path path : paths) {
			Value written = result.get(path.attributeName());
			if (written != null) {
				NestingLimit.check(written);
			}
		}
		return result;
	}

	private DocumentWriter.Change change(UpdateAction action, Item item) {
		if (action instanceof UpdateAction.Set set) {
			Value value = setValue(set.value(), item);
			return (current) -> value;
		}
		if (action instanceof UpdateAction.Add add) {
			Value value = ((Operand.Literal) add.value()).value();
			return (current) -> SetArithmetic.add(current, value);
		}
		Value value = ((Operand.Literal) ((UpdateAction.Delete) action).value()).value();
		return (current) -> SetArithmetic.delete(current, value);
	}

	private static Value setValue(Operand operand, Item item) {
		if (operand instanceof Operand.Arithmetic arithmetic) {
			Value left = setValue(arithmetic.left(), item);
			Value right = setValue(arithmetic.right(), item);
			if (!(left instanceof Value.N l) || !(right instanceof Value.N r)) {
				throw EngineException.validation(WRONG_TYPE);
			}
			BigDecimal addend = arithmetic.plus() ? r.value() : r.value().negate();
			return SetArithmetic.number(l.value().add(addend));
		}
		if (operand instanceof Operand.FunctionCall call) {
			return function(call, item);
		}
		Value value = ConditionEvaluator.operand(operand, item);
		if (value == null) {
			throw EngineException.validation(MISSING_OPERAND);
		}
		return value;
	}

	private static Value function(Operand.FunctionCall call, Item item) {
		if ("if_not_exists".equals(call.name())) {
			Value existing = existing(call.arguments().get(0), item);
			return (existing != null) ? existing : setValue(call.arguments().get(1), item);
		}
		Value first = setValue(call.arguments().get(0), item);
		Value second = setValue(call.arguments().get(1), item);
		if (!(first instanceof Value.L head) || !(second instanceof Value.L tail)) {
			throw EngineException.validation(WRONG_TYPE);
		}
		List<Value> joined = new ArrayList<>(head.values());
		joined.addAll(tail.values());
		return new Value.L(joined);
	}

	private static @Nullable Value existing(Operand operand, Item item) {
		return DocumentPaths.get(item, ((Operand.PathOperand) operand).path());
	}

	/**
	 * Orders removals so that a later list element goes before an earlier one, keeping
	 * every index valid for the list as it was before the update.
	 */
	private static int laterFirst(Path a, Path b) {
		int common = Math.min(a.size(), b.size());
		for (int i = 0; i < common; i++) {
			PathElement x = a.elements().get(i);
			PathElement y = b.elements().get(i);
			if (!x.equals(y)) {
				if (x instanceof PathElement.Index xi && y instanceof PathElement.Index yi) {
					return Long.compare(yi.index(), xi.index());
				}
				return 0;
			}
		}
		return 0;
	}

}
