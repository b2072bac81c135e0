package dev.ddbkit.mapping.test;

import dev.ddbkit.mapping.annotation.DynamoEntity;
import dev.ddbkit.mapping.annotation.PartitionKey;
import dev.ddbkit.mapping.annotation.SortKey;

/**
 * A sealed type whose members do not share a partition key, so it is no item collection.
 */
public sealed interface Shelf permits Shelf.Board, Shelf.Bracket {

	@DynamoEntity(type = "ShelfBoard")
	@PartitionKey("SHELF#{shelfId}")
	@SortKey("BOARD")
	record Board(String shelfId) implements Shelf {
	}

	@DynamoEntity(type = "ShelfBracket")
	@PartitionKey("BRACKET#{shelfId}")
	@SortKey("BRACKET")
	record Bracket(String shelfId) implements Shelf {
	}

}
