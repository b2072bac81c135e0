package dev.ddbkit.engine.partiql;

/** The statement has more {@code ?} placeholders than Parameters were given. */
final class PartiqlParameterException extends RuntimeException {

	PartiqlParameterException() {
		super("Number of parameters in request and statement don't match.");
	}

}
