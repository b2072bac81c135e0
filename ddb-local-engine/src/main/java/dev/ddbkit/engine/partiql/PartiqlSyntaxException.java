package dev.ddbkit.engine.partiql;

/**
 * A statement that is not well formed; {@link DynamoPartiql} reports it as DynamoDB's
 * ValidationException "Statement wasn't well formed, can't be processed: ...".
 */
final class PartiqlSyntaxException extends RuntimeException {

	PartiqlSyntaxException(String reason, int position) {
		super(reason + " at position " + position);
	}

}
