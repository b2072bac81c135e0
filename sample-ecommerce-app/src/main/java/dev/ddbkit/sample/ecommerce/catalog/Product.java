package dev.ddbkit.sample.ecommerce.catalog;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.IndexPartitionKey;
import dev.ddbkit.mapping.annotation.IndexSortKey;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A product. GSI1, shared with the orders of a customer, lists the products of a
 * category; a product without a category has no GSI1 key and stays out of the index.
 */
@DynamoEntity(type = "Product")
@PartitionKey("PRODUCT#{productId}")
@SortKey("PRODUCT")
@IndexPartitionKey(index = "GSI1", value = "CATEGORY#{category}")
@IndexSortKey(index = "GSI1", value = "PRODUCT#{productId}")
public class Product {

	@Id
	private String productId;

	/** Olist's Portuguese category name. */
	private @Nullable String category;

	private @Nullable Integer nameLength;

	private @Nullable Integer descriptionLength;

	private @Nullable Integer photoCount;

	private @Nullable Integer weightGrams;

	private @Nullable Integer lengthCm;

	private @Nullable Integer heightCm;

	private @Nullable Integer widthCm;

	/** Units in stock; Olist publishes none, so the import derives one from the id. */
	private int stock;

	@Version
	private @Nullable Long version;

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

	public @Nullable Integer getNameLength() {
		return this.nameLength;
	}

	public void setNameLength(@Nullable Integer nameLength) {
		this.nameLength = nameLength;
	}

	public @Nullable Integer getDescriptionLength() {
		return this.descriptionLength;
	}

	public void setDescriptionLength(@Nullable Integer descriptionLength) {
		this.descriptionLength = descriptionLength;
	}

	public @Nullable Integer getPhotoCount() {
		return this.photoCount;
	}

	public void setPhotoCount(@Nullable Integer photoCount) {
		this.photoCount = photoCount;
	}

	public @Nullable Integer getWeightGrams() {
		return this.weightGrams;
	}

	public void setWeightGrams(@Nullable Integer weightGrams) {
		this.weightGrams = weightGrams;
	}

	public @Nullable Integer getLengthCm() {
		return this.lengthCm;
	}

	public void setLengthCm(@Nullable Integer lengthCm) {
		this.lengthCm = lengthCm;
	}

	public @Nullable Integer getHeightCm() {
		return this.heightCm;
	}

	public void setHeightCm(@Nullable Integer heightCm) {
		this.heightCm = heightCm;
	}

	public @Nullable Integer getWidthCm() {
		return this.widthCm;
	}

	public void setWidthCm(@Nullable Integer widthCm) {
		this.widthCm = widthCm;
	}

	public int getStock() {
		return this.stock;
	}

	public void setStock(int stock) {
		this.stock = stock;
	}

	public @Nullable Long getVersion() {
		return this.version;
	}

	public void setVersion(@Nullable Long version) {
		this.version = version;
	}

	/**
	 * The stock the import gives a product, derived from its id so that every load is the
	 * same: 5 to 50 units.
	 * @param productId a hexadecimal Olist product id
	 * @return the initial stock
	 */
	public static int initialStock(String productId) {
		return 5 + Integer.parseInt(productId.substring(0, 4), 16) % 46;
	}

}
