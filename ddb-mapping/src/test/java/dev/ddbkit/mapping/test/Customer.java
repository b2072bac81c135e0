package dev.ddbkit.mapping.test;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Version;

@DynamoEntity(type = "Customer")
@PartitionKey("CUSTOMER#{customerId}")
@SortKey("PROFILE")
public record Customer(String customerId, String name, String city, @Version @Nullable Long version) {

	public Customer(String customerId, String name, String city) {
		this(customerId, name, city, null);
	}

}
