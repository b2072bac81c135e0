package dev.ddbkit.it.mapping.domain;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Version;

/** The profile item of an account's partition. */
@DynamoEntity(type = "Account")
@PartitionKey("ACCOUNT#{accountId}")
@SortKey("PROFILE")
public record Account(String accountId, String name, String tier, @Version @Nullable Long version) {

	public Account(String accountId, String name, String tier) {
		this(accountId, name, tier, null);
	}

	public Account withTier(String newTier) {
		return new Account(this.accountId, this.name, newTier, this.version);
	}

}
