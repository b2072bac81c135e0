package dev.ddbkit.engine.partiql;

/** The statement's {@code ?} count differs from the number of Parameters given. */
final class PartiqlParameterException extends RuntimeException {

	PartiqlParameterException(int placeholders, int parameters) {
		super("Number of parameters in request and statement don't match.");
	}

}
