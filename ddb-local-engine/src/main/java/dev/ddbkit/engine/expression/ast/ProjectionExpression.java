package dev.ddbkit.engine.expression.ast;

import java.util.List;

/**
 * A parsed projection expression: the document paths to return.
 * <p>
 * Source: DynamoDB Developer Guide, "Using projection expressions in DynamoDB".
 */
public record ProjectionExpression(List<Path> paths) {

	public ProjectionExpression {
		paths = List.copyOf(paths);
	}

}
