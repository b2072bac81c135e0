package dev.ddbkit.sample.ecommerce.catalog;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

/**
 * A product category: its Portuguese name (the key products refer to) and its English
 * name, which Olist's translation file lacks for a few categories.
 */
@DynamoEntity(type = "Category")
@PartitionKey("CATEGORY#{name}")
@SortKey("CATEGORY")
public class Category {

	@Id
	private String name;

	private @Nullable String englishName;

	public Category(String name, @Nullable String englishName) {
		this.name = name;
		this.englishName = englishName;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public @Nullable String getEnglishName() {
		return this.englishName;
	}

	public void setEnglishName(@Nullable String englishName) {
		this.englishName = englishName;
	}

}
