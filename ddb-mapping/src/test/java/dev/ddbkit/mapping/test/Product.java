package dev.ddbkit.mapping.test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import dev.ddbkit.mapping.annotation.DynamoAttribute;
import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.IndexPartitionKey;
import dev.ddbkit.mapping.annotation.IndexSortKey;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;

/** A mutable bean, unlike the records. */
@DynamoEntity(type = "Product")
@PartitionKey("PRODUCT#{productId}")
@SortKey("PRODUCT")
@IndexPartitionKey(index = "GSI3", value = "CATEGORY#{category}")
@IndexSortKey(index = "GSI3", value = "{productId}")
public class Product {

	private String productId;

	private @Nullable String category;

	private int weightGrams;

	@DynamoAttribute("released")
	private @Nullable LocalDate releasedOn;

	private @Nullable Set<String> tags;

	private @Nullable Map<String, String> attributes;

	@Transient
	private @Nullable String cached;

	@Version
	private long version;

	public Product(String productId) {
		this.productId = productId;
	}

	public String getProductId() {
		return this.productId;
	}

	public void setProductId(String productId) {
		this.productId = productId;
	}

	public @Nullable String getCategory() {
		return this.category;
	}

	public void setCategory(@Nullable String category) {
		this.category = category;
	}

	public int getWeightGrams() {
		return this.weightGrams;
	}

	public void setWeightGrams(int weightGrams) {
		this.weightGrams = weightGrams;
	}

	public @Nullable LocalDate getReleasedOn() {
		return this.releasedOn;
	}

	public void setReleasedOn(@Nullable LocalDate releasedOn) {
		this.releasedOn = releasedOn;
	}

	public @Nullable Set<String> getTags() {
		return this.tags;
	}

	public void setTags(@Nullable Set<String> tags) {
		this.tags = tags;
	}

	public @Nullable Map<String, String> getAttributes() {
		return this.attributes;
	}

	public void setAttributes(@Nullable Map<String, String> attributes) {
		this.attributes = attributes;
	}

	public @Nullable String getCached() {
		return this.cached;
	}

	public void setCached(@Nullable String cached) {
		this.cached = cached;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
