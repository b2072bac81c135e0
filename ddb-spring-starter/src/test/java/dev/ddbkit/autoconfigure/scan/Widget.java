package dev.ddbkit.autoconfigure.scan;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.IndexPartitionKey;
import dev.ddbkit.mapping.annotation.IndexSortKey;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

@DynamoEntity
@PartitionKey("WIDGET#{id}")
@SortKey("WIDGET")
@IndexPartitionKey(index = "GSI1", value = "COLOR#{color}")
@IndexSortKey(index = "GSI1", value = "WIDGET#{id}")
public class Widget {

	@Id
	private @Nullable String id;

	private @Nullable String color;

	public Widget() {
	}

	public Widget(String id, String color) {
		this.id = id;
		this.color = color;
	}

	public @Nullable String getId() {
		return this.id;
	}

	public void setId(@Nullable String id) {
		this.id = id;
	}

	public @Nullable String getColor() {
		return this.color;
	}

	public void setColor(@Nullable String color) {
		this.color = color;
	}

}
