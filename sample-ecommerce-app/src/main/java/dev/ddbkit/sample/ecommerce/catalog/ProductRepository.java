package dev.ddbkit.sample.ecommerce.catalog;

import java.util.List;

import dev.ddbkit.mapping.repository.DynamoRepository;

/**
 * Products by id (the table) and by category (GSI1: {@code CATEGORY#{category}}).
 */
public interface ProductRepository extends DynamoRepository<Product, String> {

	List<Product> findByCategory(String category);

}
