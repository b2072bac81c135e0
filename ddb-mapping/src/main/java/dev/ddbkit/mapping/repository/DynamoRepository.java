package dev.ddbkit.mapping.repository;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * A Spring Data repository of one {@link dev.ddbkit.mapping.annotation.DynamoEntity}.
 * Derived query methods ({@code findByCustomerIdOrderByPurchasedAtDesc},
 * {@code findByStatusAndPurchasedAtBetween}, ...) are compiled at start-up to a key
 * condition on the table or the one index whose key templates serve them.
 * <p>
 * {@code ID} is either the one property the table's key templates read (e.g.
 * {@code String orderId} for {@code PK=ORDER#{orderId}}, {@code SK=ORDER}) or a type
 * whose properties cover the templates' variables (e.g. a record
 * {@code OrderKey(customerId, purchasedAt, orderId)}). {@link #findAll()},
 * {@link #count()} and {@link #deleteAll()} scan the whole table and therefore need
 * {@link dev.ddbkit.mapping.annotation.AllowScan} on the repository interface.
 * <p>
 * Query methods may return an entity, {@code Optional}, {@code List}, a lazy
 * {@code Stream}, {@code Slice}, {@code Window} ({@code KeysetScrollPosition} forward and
 * backward, or {@code OffsetScrollPosition}), {@code Page} only with {@link AllowCount}
 * (its total is a {@code Select=COUNT} query), or be
 * {@code count}/{@code exists}/{@code delete} methods. A {@code Sort} argument, or a
 * {@code Pageable}'s sort, may only choose the direction of the sort key
 * ({@code ScanIndexForward}); any other property raises
 * {@link org.springframework.dao.InvalidDataAccessApiUsageException}. A {@code Limit}
 * argument caps results like {@code Top}. A {@code Pageable} pages any collection result;
 * DynamoDB cannot skip, so the items before the page are read, and a {@code Window}
 * continues by key instead.
 *
 * @param <T> the entity type
 * @param <ID> the identifier type
 */
@NoRepositoryBean
public interface DynamoRepository<T, ID> extends ListCrudRepository<T, ID> {

}
