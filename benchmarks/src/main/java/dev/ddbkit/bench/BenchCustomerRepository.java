package dev.ddbkit.bench;

import java.util.Optional;

import dev.ddbkit.mapping.repository.DynamoRepository;

/** The repository of the mapping workloads. */
public interface BenchCustomerRepository extends DynamoRepository<BenchCustomer, String> {

	/** A derived method, compiled at start-up to a Query on the partition key. */
	Optional<BenchCustomer> findByCustomerId(String customerId);

}
