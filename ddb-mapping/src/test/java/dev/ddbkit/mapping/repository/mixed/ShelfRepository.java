package dev.ddbkit.mapping.repository.mixed;

import java.util.List;

import dev.ddbkit.mapping.repository.DynamoRepository;
import dev.ddbkit.mapping.test.Shelf;

/** Sealed types that are no item collection of the repository's partition. */
public interface ShelfRepository extends DynamoRepository<Shelf.Board, String> {

	List<Shelf> findByShelfId(String shelfId);

}
