package dev.ddbkit.autoconfigure.test.slice;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.IndexPartitionKey;
import dev.ddbkit.mapping.annotation.IndexSortKey;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

@DynamoEntity
@PartitionKey("GADGET#{id}")
@SortKey("GADGET")
@IndexPartitionKey(index = "GSI1", value = "KIND#{kind}")
@IndexSortKey(index = "GSI1", value = "GADGET#{id}")
public class Gadget {

	@Id
	private @Nullable String id;

	private @Nullable String kind;

	public Gadget() {
	}

	public Gadget(String id, String kind) {
		this.id = id;
		this.kind = kind;
	}

	public @Nullable String getId() {
		return this.id;
	}

	public void setId(@Nullable String id) {
		this.id = id;
	}

	public @Nullable String getKind() {
		return this.kind;
	}

	public void setKind(@Nullable String kind) {
		this.kind = kind;
	}

}
