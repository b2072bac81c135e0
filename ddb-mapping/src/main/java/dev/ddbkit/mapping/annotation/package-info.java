/**
 * What users put on entities: {@link dev.ddbkit.mapping.annotation.DynamoEntity}, key
 * templates for the table ({@link dev.ddbkit.mapping.annotation.PartitionKey},
 * {@link dev.ddbkit.mapping.annotation.SortKey}) and for indexes
 * ({@link dev.ddbkit.mapping.annotation.IndexPartitionKey},
 * {@link dev.ddbkit.mapping.annotation.IndexSortKey}). Spring Data's {@code @Id},
 * {@code @Version} and {@code @Transient} are honoured as well.
 */
@NullMarked
package dev.ddbkit.mapping.annotation;

import org.jspecify.annotations.NullMarked;
