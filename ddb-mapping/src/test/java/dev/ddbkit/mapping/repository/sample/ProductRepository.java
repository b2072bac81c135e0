package dev.ddbkit.mapping.repository.sample;

import java.util.List;

import dev.ddbkit.mapping.repository.DynamoRepository;
import dev.ddbkit.mapping.test.Product;

public interface ProductRepository extends DynamoRepository<Product, String> {

	List<Product> findByCategory(String category);

}
