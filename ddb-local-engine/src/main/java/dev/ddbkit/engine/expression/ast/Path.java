package dev.ddbkit.engine.expression.ast;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A document path such as {@code a.b[2].c}: a top-level attribute followed by map keys
 * and list indexes.
 * <p>
 * Source: DynamoDB Developer Guide, "Using expressions in DynamoDB" (document paths).
 */
public record Path(List<PathElement> elements) {

	public Path {
		elements = List.copyOf(elements);
		if (elements.isEmpty() || elements.get(0) instanceof PathElement.Index) {
			throw new IllegalArgumentException("A path starts with an attribute name");
		}
	}

	/** A path of one top-level attribute. */
	public static Path of(String attribute) {
		return new Path(List.of(new PathElement.Attribute(attribute)));
	}

	/** The first element: the top-level attribute or its placeholder. */
	public PathElement head() {
		return this.elements.get(0);
	}

	/** The number of elements. */
	public int size() {
		return this.elements.size();
	}

	/** The top-level attribute name of a resolved path. */
	public String attributeName() {
		return this.head().render();
	}

	/** Whether the path is one top-level attribute. */
	public boolean isTopLevel() {
		return this.elements.size() == 1;
	}

	/** Whether {@code other} starts with all elements of this path. */
	public boolean isPrefixOf(Path other) {
		return other.elements.size() >= this.elements.size()
				&& other.elements.subList(0, this.elements.size()).equals(this.elements);
	}

	/** The path as DynamoDB prints it in error messages: {@code [a, b, [2]]}. */
	public String render() {
		return this.elements.stream().map(PathElement::render).collect(Collectors.joining(", ", "[", "]"));
	}

	/** The path as written in an expression: {@code a.b[2]}. */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder();
		for (PathElement element : this.elements) {
			if (!(element instanceof PathElement.Index) && !text.isEmpty()) {
				text.append('.');
			}
			text.append(element.render());
		}
		return text.toString();
	}

}
