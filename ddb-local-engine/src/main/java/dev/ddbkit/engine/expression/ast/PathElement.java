package dev.ddbkit.engine.expression.ast;

/**
 * One step of a document path: an attribute or map key, an expression attribute name
 * placeholder ({@code #name}) not yet resolved, or a list index ({@code [2]}).
 * <p>
 * Source: DynamoDB Developer Guide, "Using expressions in DynamoDB" (document paths).
 */
public sealed interface PathElement permits PathElement.Attribute, PathElement.NameRef, PathElement.Index {

	/** How DynamoDB prints the element in path error messages. */
	String render();

	/** An attribute name or map key, as written or as resolved from a placeholder. */
	record Attribute(String name) implements PathElement {

		@Override
		public String render() {
			return this.name;
		}

	}

	/** An expression attribute name placeholder such as {@code #status}. */
	record NameRef(String placeholder) implements PathElement {

		@Override
		public String render() {
			return this.placeholder;
		}

	}

	/**
	 * A list index, zero-based; as written, so that one beyond the range DynamoDB allows
	 * can be reported.
	 */
	record Index(long index) implements PathElement {

		@Override
		public String render() {
			return "[" + this.index + "]";
		}

	}

}
