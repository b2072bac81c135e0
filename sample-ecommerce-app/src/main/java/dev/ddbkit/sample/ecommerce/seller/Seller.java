package dev.ddbkit.sample.ecommerce.seller;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

/**
 * A seller on the Olist marketplace.
 */
@DynamoEntity(type = "Seller")
@PartitionKey("SELLER#{sellerId}")
@SortKey("PROFILE")
public class Seller {

	@Id
	private String sellerId;

	private @Nullable String zipCodePrefix;

	private @Nullable String city;

	private @Nullable String state;

	public Seller(String sellerId) {
		this.sellerId = sellerId;
	}

	public String getSellerId() {
		return this.sellerId;
	}

	public void setSellerId(String sellerId) {
		this.sellerId = sellerId;
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
