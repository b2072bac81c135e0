package dev.ddbkit.engine.expression.ast;

import java.util.List;

/**
 * A parsed update expression: its section keywords as written (a keyword appears twice
 * when a section is repeated, which DynamoDB rejects) and its actions in order.
 * <p>
 * Source: DynamoDB Developer Guide, "Using update expressions in DynamoDB".
 */
public record UpdateExpression(List<String> sections, List<UpdateAction> actions) {

	public UpdateExpression {
		sections = List.copyOf(sections);
		actions = List.copyOf(actions);
	}

}
