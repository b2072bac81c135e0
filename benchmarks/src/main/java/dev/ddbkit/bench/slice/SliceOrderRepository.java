package dev.ddbkit.bench.slice;

import java.util.List;

import dev.ddbkit.mapping.repository.DynamoRepository;

/** The repository of {@link SliceOrder}, with a derived query on the GSI. */
public interface SliceOrderRepository extends DynamoRepository<SliceOrder, String> {

	/** A Query on {@code GSI1}. */
	List<SliceOrder> findByCustomerId(String customerId);

}
