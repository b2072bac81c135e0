package dev.ddbkit.sample.ecommerce.customer;

import dev.ddbkit.mapping.repository.DynamoRepository;

/**
 * Customers by id: {@code PK = CUSTOMER#{customerId}, SK = PROFILE}.
 */
public interface CustomerRepository extends DynamoRepository<Customer, String> {

}
