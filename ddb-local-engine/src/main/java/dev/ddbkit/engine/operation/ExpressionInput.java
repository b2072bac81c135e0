package dev.ddbkit.engine.operation;

import java.util.Map;

import dev.ddbkit.engine.error.EngineException;
import dev.ddbkit.engine.expression.ExpressionCompiler;
import dev.ddbkit.engine.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The ExpressionAttributeNames and ExpressionAttributeValues of a request ({@code null}
 * when absent).
 */
public record ExpressionInput(@Nullable Map<String, String> names, @Nullable Map<String, Value> values) {

	/** No names, no values. */
	public static final ExpressionInput NONE = new ExpressionInput(null, null);

	/**
	 * A compiler for a request that uses expressions, or a check that a request without
	 * any expression carries no names or values.
	 * @param anyExpression whether the request has at least one expression
	 * @return the compiler
	 * @throws EngineException ValidationException as DynamoDB words it
	 */
	public ExpressionCompiler compiler(boolean anyExpression) {
		if (!anyExpression) {
			if (this.names != null) {
				throw EngineException
					.validation("ExpressionAttributeNames can only be specified when using expressions");
			}
			if (this.values != null) {
				throw EngineException
					.validation("ExpressionAttributeValues can only be specified when using expressions");
			}
		}
		if (this.names != null && this.names.isEmpty()) {
			throw EngineException.validation("ExpressionAttributeNames must not be empty");
		}
		if (this.values != null && this.values.isEmpty()) {
			throw EngineException.validation("ExpressionAttributeValues must not be empty");
		}
		return new ExpressionCompiler(this.names, this.values);
	}

}
