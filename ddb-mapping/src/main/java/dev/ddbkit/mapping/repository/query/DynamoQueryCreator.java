package dev.ddbkit.mapping.repository.query;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.parser.AbstractQueryCreator;
import org.springframework.data.repository.query.parser.Part;
import org.springframework.data.repository.query.parser.PartTree;

/**
 * The one query creator of ddbkit: turns a {@link PartTree} into a {@link DerivedQuery}
 * once, at start-up, with parameter positions instead of values. It accepts only what a
 * key condition can express (equality, the comparisons and {@code StartingWith}) and
 * records a problem for every other keyword, for {@code IgnoreCase} and for {@code Or}.
 * It never calls DynamoDB.
 */
public class DynamoQueryCreator extends AbstractQueryCreator<DerivedQuery, List<DerivedCriterion>> {

	private final List<String> problems = new ArrayList<>();

	private int nextParameter;

	/**
	 * Creates a creator for a parsed method name.
	 * @param tree the parsed method name
	 */
	public DynamoQueryCreator(PartTree tree) {
		super(tree);
	}

	@Override
	protected List<DerivedCriterion> create(Part part, Iterator<Object> iterator) {
		List<DerivedCriterion> criteria = new ArrayList<>();
		add(criteria, part);
		return criteria;
	}

	@Override
	protected List<DerivedCriterion> and(Part part, List<DerivedCriterion> base, Iterator<Object> iterator) {
		add(base, part);
		return base;
	}

	@Override
	protected List<DerivedCriterion> or(List<DerivedCriterion> base, List<DerivedCriterion> criteria) {
		this.problems
			.add("Or is not supported: a DynamoDB query has one key condition; declare one method per " + "branch");
		base.addAll(criteria);
		return base;
	}

	@Override
	protected DerivedQuery complete(List<DerivedCriterion> criteria, Sort sort) {
		return new DerivedQuery(List.copyOf(criteria), sort, List.copyOf(this.problems));
	}

	private void add(List<DerivedCriterion> criteria, Part part) {
		int index = this.nextParameter;
		this.nextParameter += part.getNumberOfArguments();
		String property = part.getProperty().toDotPath();
		if (part.getProperty().hasNext()) {
			this.problems.add("nested property " + property + " cannot be part of a key");
			return;
		}
		if (part.shouldIgnoreCase() == Part.IgnoreCaseType.ALWAYS) {
			this.problems.add("IgnoreCase on " + property + " is not supported: keys compare exactly");
			return;
		}
		switch (part.getType()) {
			case SIMPLE_PROPERTY, BETWEEN, GREATER_THAN, GREATER_THAN_EQUAL, LESS_THAN, LESS_THAN_EQUAL, AFTER, BEFORE,
					STARTING_WITH, NEGATING_SIMPLE_PROPERTY, IS_NULL, IS_NOT_NULL, IN, CONTAINING, TRUE, FALSE ->
				criteria.add(new DerivedCriterion(property, part.getType(), index));
			default -> this.problems.add("keyword " + part.getType().name() + " on " + property
					+ " is not supported: key conditions allow =, <, <=, >, >=, Between and StartingWith; filters "
					+ "also Not, IsNull, IsNotNull, In, Containing, True and False");
		}
	}

}
