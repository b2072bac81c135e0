package dev.ddbkit.bench;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;

/**
 * The mapped entity of the mapping workloads: the same attributes as
 * {@link BenchCustomerBean}, keys from templates, no version (so neither side adds a
 * condition).
 */
@DynamoEntity(type = "Customer")
@PartitionKey("CUSTOMER#{customerId}")
@SortKey("PROFILE")
public record BenchCustomer(String customerId, String name, String email, String city, String notes, int points) {

	/** Customer {@code i} with about 200 bytes of attributes. */
	public static BenchCustomer of(long i) {
		return new BenchCustomer("c" + i, "Customer " + i, "customer" + i + "@example.com", "Recife",
				BenchTable.PAYLOAD.substring(0, 80), (int) (i % 1000));
	}

}
