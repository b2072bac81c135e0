package dev.ddbkit.engine.expression.parse;

import dev.ddbkit.engine.error.EngineException;

/**
 * The request parameter an expression came from; DynamoDB names it in every message about
 * the expression ("Invalid ConditionExpression: ...").
 */
public enum ExpressionKind {

	CONDITION("ConditionExpression"), FILTER("FilterExpression"), KEY_CONDITION("KeyConditionExpression"),
	UPDATE("UpdateExpression"), PROJECTION("ProjectionExpression");

	private final String parameter;

	ExpressionKind(String parameter) {
		this.parameter = parameter;
	}

	/** The request parameter name, e.g. {@code ConditionExpression}. */
	public String parameter() {
		return this.parameter;
	}

	/**
	 * A ValidationException "Invalid &lt;parameter&gt;: &lt;detail&gt;".
	 * @param detail DynamoDB's text after the prefix
	 * @return the exception to throw
	 */
	public EngineException invalid(String detail) {
		return EngineException.validation("Invalid %s: %s", this.parameter, detail);
	}

}
