package dev.ddbkit.it.mapping.domain;

import java.time.Instant;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.TimeToLive;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Version;

/** A versioned counter with an expiry, the subject of the locking race. */
@DynamoEntity(type = "Tally")
@PartitionKey("TALLY#{name}")
public record Tally(String name, long count, @TimeToLive @Nullable Instant expiresAt, @Version @Nullable Long version) {

	public Tally incremented() {
		return new Tally(this.name, this.count + 1, this.expiresAt, this.version);
	}

}
