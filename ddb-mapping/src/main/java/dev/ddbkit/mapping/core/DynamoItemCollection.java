package dev.ddbkit.mapping.core;

import java.util.List;
import java.util.Optional;

/**
 * The items of one partition (an item collection), each decoded to its entity type, in
 * sort key order. Items whose entity type is unknown to the mapping context are counted
 * in {@link #unknownItems()} and not returned.
 *
 * @param items the entities
 * @param unknownItems how many items had no known entity type
 */
public record DynamoItemCollection(List<Object> items, int unknownItems) {

	/**
	 * The entities of one type (or its subtypes, e.g. the members of a sealed interface).
	 * @param type the type
	 * @param <T> the type
	 * @return the entities of that type, in sort key order
	 */
	public <T> List<T> ofType(Class<T> type) {
		return this.items.stream().filter(type::isInstance).map(type::cast).toList();
	}

	/**
	 * The first entity of a type.
	 * @param type the type
	 * @param <T> the type
	 * @return the first entity of that type, if any
	 */
	public <T> Optional<T> first(Class<T> type) {
		return this.items.stream().filter(type::isInstance).map(type::cast).findFirst();
	}

}
