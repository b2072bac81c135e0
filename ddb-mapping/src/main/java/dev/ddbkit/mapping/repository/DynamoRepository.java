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
 *
 * @param <T> the entity type
 * @param <ID> the identifier type
 */
@NoRepositoryBean
public interface DynamoRepository<T, ID> extends ListCrudRepository<T, ID> {

}
