package dev.ddbkit.mapping.repository.sample;

import dev.ddbkit.mapping.annotation.AllowScan;
import dev.ddbkit.mapping.repository.DynamoRepository;
import dev.ddbkit.mapping.test.Customer;

@AllowScan
public interface CustomerRepository extends DynamoRepository<Customer, String> {

}
