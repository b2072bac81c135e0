package dev.ddbkit.autoconfigure.prefix;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.PartitionKey;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

@DynamoEntity(table = "ledger")
@PartitionKey("ENTRY#{id}")
public class Ledger {

	@Id
	private @Nullable String id;

	public Ledger() {
	}

	public Ledger(String id) {
		this.id = id;
	}

	public @Nullable String getId() {
		return this.id;
	}

	public void setId(@Nullable String id) {
		this.id = id;
	}

}
