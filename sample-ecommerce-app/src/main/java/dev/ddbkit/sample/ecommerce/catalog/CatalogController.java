package dev.ddbkit.sample.ecommerce.catalog;

import java.util.List;

import dev.ddbkit.mapping.core.DynamoOperations;
import dev.ddbkit.mapping.query.DynamoQuery;
import dev.ddbkit.mapping.query.SortCriterion;
import dev.ddbkit.sample.ecommerce.web.BadRequestException;
import dev.ddbkit.sample.ecommerce.web.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Products and categories over HTTP.
 */
@RestController
class CatalogController {

	private final ProductRepository products;

	private final CategoryRepository categories;

	private final DynamoOperations operations;

	CatalogController(ProductRepository products, CategoryRepository categories, DynamoOperations operations) {
		this.products = products;
		this.categories = categories;
		this.operations = operations;
	}

	/**
	 * A product's reviews with one score: a Query of the product's item collection with
	 * {@code begins_with(SK, "REVIEW#<score>")}.
	 */
	@GetMapping("/products/{productId}/reviews")
	List<ProductReview> reviews(@PathVariable String productId, @RequestParam int score) {
		if (score < 1 || score > 5) {
			throw new BadRequestException("score must be 1 to 5, was " + score);
		}
		product(productId);
		return this.operations
			.query(DynamoQuery.builder(ProductReview.class)
				.where("productId", productId)
				.sortKey(SortCriterion.beginsWith("score", String.valueOf(score)))
				.build())
			.items();
	}

	@GetMapping("/products/{productId}")
	Product product(@PathVariable String productId) {
		return this.products.findById(productId).orElseThrow(() -> new NotFoundException("Product", productId));
	}

	@GetMapping("/categories/{name}/products")
	CategoryProducts categoryProducts(@PathVariable String name) {
		Category category = this.categories.findById(name).orElseThrow(() -> new NotFoundException("Category", name));
		return new CategoryProducts(category.getName(), category.getEnglishName(), this.products.findByCategory(name));
	}

}
