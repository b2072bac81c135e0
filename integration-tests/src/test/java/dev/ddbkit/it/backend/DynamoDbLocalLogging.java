package dev.ddbkit.it.backend;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * DynamoDB Local's SQLite layer logs every connection through java.util.logging at INFO,
 * outside logback's reach.
 */
final class DynamoDbLocalLogging {

	/**
	 * Held so that the configured JUL logger is not collected and its level forgotten.
	 */
	private static final Logger SQLITE = Logger.getLogger("com.almworks.sqlite4java");

	private DynamoDbLocalLogging() {
	}

	static void quiet() {
		SQLITE.setLevel(Level.WARNING);
	}

}
