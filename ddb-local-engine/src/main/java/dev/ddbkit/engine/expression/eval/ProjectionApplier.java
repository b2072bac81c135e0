package dev.ddbkit.engine.expression.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.ddbkit.engine.expression.ast.Path;
import dev.ddbkit.engine.expression.ast.PathElement;
import dev.ddbkit.engine.expression.ast.ProjectionExpression;
import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Applies a resolved projection expression: copies the values at its paths into a new
 * item of the same shape. Paths the item lacks are skipped; several elements of one list
 * form a list of those elements in index order.
 * <p>
 * Source: DynamoDB Developer Guide, "Using projection expressions in DynamoDB".
 */
public final class ProjectionApplier {

	private final List<Path> paths;

	/**
	 * @param projection a projection resolved by the ExpressionResolver
	 */
	public ProjectionApplier(ProjectionExpression projection) {
		this.paths = projection.paths();
	}

	/** The top-level attributes the projection names, without repeats, in order. */
	public List<String> attributeNames() {
		return this.paths.stream().map(Path::attributeName).distinct().toList();
	}

	/** The projected item. */
	public Item apply(Item item) {
		Node root = new Node();
		for (Path path : this.paths) {
			Value value = DocumentPaths.get(item, path);
			if (value != null) {
				root.put(path.elements(), 0, value);
			}
		}
		Map<String, Value> attributes = new LinkedHashMap<>();
		root.keys.forEach((name, node) -> attributes.put(name, node.value()));
		return new Item(attributes);
	}

	/** The selected part of one value: all of it, some map keys or some list elements. */
	private static final class Node {

		private @Nullable Value whole;

		private final Map<String, Node> keys = new LinkedHashMap<>();

		private final Map<Long, Node> indexes = new TreeMap<>();

		void put(List<PathElement> elements, int at, Value value) {
			if (at == elements.size()) {
				this.whole = value;
				return;
			}
			PathElement element = elements.get(at);
			Node child = (element instanceof PathElement.Index index)
					? this.indexes.computeIfAbsent(index.index(), (i) -> new Node())
					: this.keys.computeIfAbsent(element.render(), (k) -> new Node());
			child.put(elements, at + 1, value);
		}

		Value value() {
			if (this.whole != null) {
				return this.whole;
			}
			if (!this.keys.isEmpty()) {
				Map<String, Value> entries = new LinkedHashMap<>();
				this.keys.forEach((key, node) -> entries.put(key, node.value()));
				return new Value.M(entries);
			}
			List<Value> elements = new ArrayList<>();
			this.indexes.values().forEach((node) -> elements.add(node.value()));
			return new Value.L(elements);
		}

	}

}
