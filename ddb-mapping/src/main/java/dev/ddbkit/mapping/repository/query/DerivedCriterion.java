package dev.ddbkit.mapping.repository.query;

import org.springframework.data.repository.query.parser.Part;

/**
 * One predicate of a derived query method, bound to its parameters by position.
 *
 * @param property the entity property (a key template variable)
 * @param type the keyword, e.g. {@code SIMPLE_PROPERTY} or {@code BETWEEN}
 * @param parameterIndex the index of its first bindable parameter
 */
public record DerivedCriterion(String property, Part.Type type, int parameterIndex) {

	/** Whether the predicate is an equality. */
	public boolean isEquality() {
		return this.type == Part.Type.SIMPLE_PROPERTY;
	}

	/**
	 * Whether a sort key condition can express the predicate (a comparison or a prefix).
	 */
	public boolean isSortKeyRange() {
		return switch (this.type) {
			case BETWEEN, GREATER_THAN, GREATER_THAN_EQUAL, LESS_THAN, LESS_THAN_EQUAL, AFTER, BEFORE, STARTING_WITH ->
				true;
			default -> false;
		};
	}

}
