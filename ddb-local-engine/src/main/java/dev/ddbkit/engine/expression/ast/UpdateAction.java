package dev.ddbkit.engine.expression.ast;

/**
 * One action of an update expression, applied to a document path.
 * <p>
 * Source: DynamoDB Developer Guide, "Using update expressions in DynamoDB".
 */
public sealed interface UpdateAction
		permits UpdateAction.Set, UpdateAction.Remove, UpdateAction.Add, UpdateAction.Delete {

	/** The document path the action writes. */
	Path path();

	/** The section keyword: SET, REMOVE, ADD or DELETE. */
	String section();

	/** {@code SET path = value}. */
	record Set(Path path, Operand value) implements UpdateAction {

		@Override
		public String section() {
			return "SET";
		}

	}

	/** {@code REMOVE path}. */
	record Remove(Path path) implements UpdateAction {

		@Override
		public String section() {
			return "REMOVE";
		}

	}

	/** {@code ADD path value}: number addition or set union. */
	record Add(Path path, Operand value) implements UpdateAction {

		@Override
		public String section() {
			return "ADD";
		}

	}

	/** {@code DELETE path value}: set difference. */
	record Delete(Path path, Operand value) implements UpdateAction {

		@Override
		public String section() {
			return "DELETE";
		}

	}

}
