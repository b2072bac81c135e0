package dev.ddbkit.mapping.schema;

import org.jspecify.annotations.Nullable;

/**
 * A secondary index as one entity uses it: the index name, its key templates and the
 * attributes holding the rendered keys. A local secondary index has no partition template
 * of its own: it shares the table's partition key.
 *
 * @param name the index name, e.g. {@code GSI1}
 * @param local whether it is a local secondary index
 * @param partitionKey the partition key template ({@code null} for a local index)
 * @param partitionAttribute the partition key attribute ({@code PK} for a local index)
 * @param sortKey the sort key template, {@code null} when the index has none
 * @param sortAttribute the sort key attribute, {@code null} when the index has none
 */
public record IndexSchema(String name, boolean local, @Nullable KeyTemplate partitionKey, String partitionAttribute,
		@Nullable KeyTemplate sortKey, @Nullable String sortAttribute) {

}
