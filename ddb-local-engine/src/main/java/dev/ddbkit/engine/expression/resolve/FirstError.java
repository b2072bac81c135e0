package dev.ddbkit.engine.expression.resolve;

import dev.ddbkit.engine.expression.parse.ExpressionKind;
import org.jspecify.annotations.Nullable;

/** The first problem one pass found; DynamoDB reports one message per request. */
final class FirstError {

	private @Nullable String message;

	void add(String detail) {
		if (this.message == null) {
			this.message = detail;
		}
	}

	/**
	 * Throws "Invalid &lt;parameter&gt;: &lt;detail&gt;" when the pass found a problem.
	 */
	void throwIfAny(ExpressionKind kind) {
		if (this.message != null) {
			throw kind.invalid(this.message);
		}
	}

}
