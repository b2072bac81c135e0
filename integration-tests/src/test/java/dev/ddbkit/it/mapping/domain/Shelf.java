package dev.ddbkit.it.mapping.domain;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.KeyPadding;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;

/**
 * An item collection as a sealed type: a shelf's header sorts before its slots ({@code #}
 * before {@code S}), and slots sort numerically through their zero-padded number.
 */
public sealed interface Shelf permits Shelf.Header, Shelf.Slot {

	String shelfId();

	@DynamoEntity(type = "ShelfHeader")
	@PartitionKey("SHELF#{shelfId}")
	@SortKey("#HEADER")
	record Header(String shelfId, String aisle) implements Shelf {
	}

	@DynamoEntity(type = "ShelfSlot")
	@PartitionKey("SHELF#{shelfId}")
	@SortKey("SLOT#{slot}")
	record Slot(String shelfId, @KeyPadding(3) int slot, String product) implements Shelf {
	}

}
