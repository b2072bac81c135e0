package dev.ddbkit.engine.expression.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.expression.ast.Path;
import dev.ddbkit.engine.expression.ast.PathElement;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Writes one document path of an item, returning the new item. Every step before the last
 * must exist: a map for a key, a list for an index (within the list). At the last step, a
 * list index past the end appends, and removing a missing element changes nothing.
 * <p>
 * Source: DynamoDB Developer Guide, "Using update expressions in DynamoDB" (SET adds
 * elements past the end of a list at its end; REMOVE of list elements shifts the rest).
 */
final class DocumentWriter {

	static final String INVALID_PATH = "The document path provided in the update expression is invalid for update";

	/**
	 * A change of the value at a path: current value (or null) to new value (or null).
	 */
	@FunctionalInterface
	interface Change {

		@Nullable Value apply(@Nullable Value current);

	}

	private DocumentWriter() {
	}

	static Item write(Item item, Path path, Change change) {
		String name = path.attributeName();
		Value current = item.get(name);
		Value updated = path.isTopLevel() ? change.apply(current) : writeInto(current, path.elements(), 1, change);
		return (updated != null) ? item.with(name, updated) : item.without(name);
	}

	private static Value writeInto(@Nullable Value container, List<PathElement> elements, int at, Change change) {
		PathElement element = elements.get(at);
		boolean last = at == elements.size() - 1;
		if (element instanceof PathElement.Index index) {
			if (!(container instanceof Value.L list)) {
				throw EngineException.validation(INVALID_PATH);
			}
			return new Value.L(
					writeList(new ArrayList<>(list.values()), (int) index.index(), last, elements, at, change));
		}
		if (!(container instanceof Value.M map)) {
			throw EngineException.validation(INVALID_PATH);
		}
		Map<String, Value> entries = new LinkedHashMap<>(map.values());
		String key = element.render();
		if (last) {
			Value updated = change.apply(entries.get(key));
			if (updated != null) {
				entries.put(key, updated);
			}
			else {
				entries.remove(key);
			}
		}
		else {
			entries.put(key, writeInto(entries.get(key), elements, at + 1, change));
		}
		return new Value.M(entries);
	}

	private static List<Value> writeList(List<Value> values, int index, boolean last, List<PathElement> elements,
			int at, Change change) {
		boolean inside = index < values.size();
		if (!last) {
			if (!inside) {
				throw EngineException.validation(INVALID_PATH);
			}
			values.set(index, writeInto(values.get(index), elements, at + 1, change));
			return values;
		}
		Value updated = change.apply(inside ? values.get(index) : null);
		if (inside && updated != null) {
			values.set(index, updated);
		}
		else if (inside) {
			values.remove(index);
		}
		else if (updated != null) {
			values.add(updated);
		}
		return values;
	}

}
