package dev.ddbkit.mapping.test;

import java.time.Instant;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.TimeToLive;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Version;

/** A versioned counter with an expiry. */
@DynamoEntity(type = "Counter")
@PartitionKey("COUNTER#{name}")
public record Counter(String name, long value, @TimeToLive @Nullable Instant expiresAt,
		@Version @Nullable Long version) {

	public Counter incremented() {
		return new Counter(this.name, this.value + 1, this.expiresAt, this.version);
	}

}
