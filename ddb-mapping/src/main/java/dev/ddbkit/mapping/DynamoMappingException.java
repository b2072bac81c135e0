package dev.ddbkit.mapping;

import java.util.List;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Entity metadata that cannot be mapped to DynamoDB, raised at start-up with every
 * violation found at once (unknown template variables, a missing partition key, two
 * entities disagreeing on a table's key attributes, ...).
 */
public class DynamoMappingException extends InvalidDataAccessApiUsageException {

	private final List<String> violations;

	/**
	 * Creates the exception.
	 * @param subject what was verified, e.g. {@code "Entity Order"}
	 * @param violations one sentence per violation
	 */
	public DynamoMappingException(String subject, List<String> violations) {
		super(message(subject, violations));
		this.violations = List.copyOf(violations);
	}

	/** The violations, one sentence each. */
	public List<String> getViolations() {
		return this.violations;
	}

	private static String message(String subject, List<String> violations) {
		StringBuilder message = new StringBuilder(subject).append(" has ")
			.append(violations.size())
			.append((violations.size() == 1) ? " mapping violation:" : " mapping violations:");
		violations.forEach((violation) -> message.append("\n - ").append(violation));
		return message.toString();
	}

}
