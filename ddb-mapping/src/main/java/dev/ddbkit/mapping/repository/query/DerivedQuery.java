package dev.ddbkit.mapping.repository.query;

import java.util.List;

import org.springframework.data.domain.Sort;

/**
 * A derived query method parsed by {@link DynamoQueryCreator}: its predicates, its
 * {@code OrderBy} and the problems found while parsing (unsupported keywords,
 * {@code Or}).
 *
 * @param criteria the predicates, in method-name order
 * @param sort the {@code OrderBy} of the method name
 * @param problems what makes the method unservable, empty when it parsed cleanly
 */
public record DerivedQuery(List<DerivedCriterion> criteria, Sort sort, List<String> problems) {

}
