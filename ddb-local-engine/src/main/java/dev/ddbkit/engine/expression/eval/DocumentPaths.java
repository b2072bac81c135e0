package dev.ddbkit.engine.expression.eval;

import java.util.List;

import dev.ddbkit.engine.expression.ast.Path;
import dev.ddbkit.engine.expression.ast.PathElement;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Reads document paths: a map key steps into a map, an index into a list; any other step
 * (a key into a list, an index past the end, anything into a scalar) finds nothing.
 * <p>
 * Source: DynamoDB Developer Guide, "Using expressions in DynamoDB" (document paths).
 */
public final class DocumentPaths {

	private DocumentPaths() {
	}

	/** The value at a resolved path, or {@code null} when the item has none there. */
	public static @Nullable Value get(Item item, Path path) {
		Value current = item.get(path.attributeName());
		List<PathElement> elements = path.elements();
		for (int i = 1; i < elements.size() && current != null; i++) {
			current = step(current, elements.get(i));
		}
		return current;
	}

	/** The child of {@code container} at {@code element}, or {@code null}. */
	static @Nullable Value step(Value container, PathElement element) {
		if (element instanceof PathElement.Index index) {
			if (container instanceof Value.L list && index.index() < list.values().size()) {
				return list.values().get((int) index.index());
			}
			return null;
		}
		if (container instanceof Value.M map) {
			return map.values().get(element.render());
		}
		return null;
	}

}
