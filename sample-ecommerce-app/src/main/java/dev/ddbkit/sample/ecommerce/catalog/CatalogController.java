package dev.ddbkit.sample.ecommerce.catalog;

import dev.ddbkit.sample.ecommerce.web.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Products and categories over HTTP.
 */
@RestController
class CatalogController {

	private final ProductRepository products;

	private final CategoryRepository categories;

	CatalogController(ProductRepository products, CategoryRepository categories) {
		this.products = products;
		this.categories = categories;
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
