package dev.ddbkit.engine.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ddbkit.engine.value.Item;
import dev.ddbkit.engine.value.Value;

/**
 * The attributes a secondary index holds: its type and, for
 * {@link ProjectionType#INCLUDE}, the non-key attribute names.
 */
public record Projection(ProjectionType type, List<String> nonKeyAttributes) {

	/** The projection of every attribute. */
	public static final Projection ALL = new Projection(ProjectionType.ALL, List.of());

	public Projection {
		nonKeyAttributes = List.copyOf(nonKeyAttributes);
	}

	/**
	 * The index entry for a base item.
	 * @param item the base table item
	 * @param keyAttributes the table and index key attribute names, always projected
	 * @return the projected item
	 */
	public Item apply(Item item, Set<String> keyAttributes) {
		if (this.type == ProjectionType.ALL) {
			return item;
		}
		Map<String, Value> projected = new LinkedHashMap<>();
		item.attributes().forEach((name, value) -> {
			if (keyAttributes.contains(name) || this.nonKeyAttributes.contains(name)) {
				projected.put(name, value);
			}
		});
		return new Item(projected);
	}

	/** Whether the index holds the attribute for every item that has it. */
	public boolean includes(String attribute, Set<String> keyAttributes) {
		return this.type == ProjectionType.ALL || keyAttributes.contains(attribute)
				|| this.nonKeyAttributes.contains(attribute);
	}

}
