package dev.ddbkit.sample.ecommerce.customer;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

/**
 * A person who buys: Olist's {@code customer_unique_id}, with the address of their newest
 * order (Olist keeps one per order, in {@code customer_id}).
 */
@DynamoEntity(type = "Customer")
@PartitionKey("CUSTOMER#{customerId}")
@SortKey("PROFILE")
public class Customer {

	@Id
	private String customerId;

	private @Nullable String zipCodePrefix;

	private @Nullable String city;

	private @Nullable String state;

	public Customer(String customerId) {
		this.customerId = customerId;
	}

	public String getCustomerId() {
		return this.customerId;
	}

	public void setCustomerId(String customerId) {
		this.customerId = customerId;
	}

	public @Nullable String getZipCodePrefix() {
		return this.zipCodePrefix;
	}

	public void setZipCodePrefix(@Nullable String zipCodePrefix) {
		this.zipCodePrefix = zipCodePrefix;
	}

	public @Nullable String getCity() {
		return this.city;
	}

	public void setCity(@Nullable String city) {
		this.city = city;
	}

	public @Nullable String getState() {
		return this.state;
	}

	public void setState(@Nullable String state) {
		this.state = state;
	}

}
