package dev.ddbkit.mapping.test;

import java.time.Instant;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.IndexPartitionKey;
import dev.ddbkit.mapping.annotation.IndexSortKey;
import dev.ddbkit.mapping.annotation.PartitionKey;
import org.jspecify.annotations.Nullable;

/**
 * A support ticket whose status index is written over 4 shards: a few statuses hold every
 * ticket.
 */
@DynamoEntity(type = "Ticket")
@PartitionKey("TICKET#{ticketId}")
@IndexPartitionKey(index = "GSI1", value = "STATUS#{status}", shards = 4)
@IndexSortKey(index = "GSI1", value = "{openedAt}#{ticketId}")
public record Ticket(String ticketId, @Nullable String status, Instant openedAt, int priority) {

	public Ticket withStatus(String newStatus) {
		return new Ticket(this.ticketId, newStatus, this.openedAt, this.priority);
	}

}
