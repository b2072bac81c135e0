package dev.ddbkit.mapping;

import java.util.List;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Repository query methods that no key can serve (or that use unsupported keywords,
 * {@code Or}, {@code Page}, ...), raised at start-up for all methods of a repository at
 * once. The message lists every bad method with the reason and the access patterns (table
 * and index key templates) that the entity does support.
 */
public class DynamoQueryMethodException extends InvalidDataAccessApiUsageException {

	private final List<String> problems;

	/**
	 * Creates the exception.
	 * @param repository the repository interface
	 * @param problems one entry per bad method, e.g.
	 * {@code "findByTotal(BigDecimal): ..."}
	 * @param accessPatterns the entity's access paths, one line each
	 */
	public DynamoQueryMethodException(Class<?> repository, List<String> problems, String accessPatterns) {
		super(message(repository, problems, accessPatterns));
		this.problems = List.copyOf(problems);
	}

	/** One entry per bad method. */
	public List<String> getProblems() {
		return this.problems;
	}

	private static String message(Class<?> repository, List<String> problems, String accessPatterns) {
		StringBuilder message = new StringBuilder("Repository ").append(repository.getName())
			.append(" has ")
			.append(problems.size())
			.append((problems.size() == 1) ? " problem that keeps" : " problems that keep")
			.append(" its query methods from running as DynamoDB key conditions:");
		problems.forEach((problem) -> message.append("\n - ").append(problem));
		message.append("\nThe entity supports these access patterns:").append(accessPatterns);
		return message.toString();
	}

}
