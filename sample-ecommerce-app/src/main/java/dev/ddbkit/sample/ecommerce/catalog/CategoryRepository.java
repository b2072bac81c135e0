package dev.ddbkit.sample.ecommerce.catalog;

import dev.ddbkit.mapping.repository.DynamoRepository;

/**
 * Categories by name: {@code PK = CATEGORY#{name}, SK = CATEGORY}.
 */
public interface CategoryRepository extends DynamoRepository<Category, String> {

}
