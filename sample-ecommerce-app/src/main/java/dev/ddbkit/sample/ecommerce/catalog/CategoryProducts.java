package dev.ddbkit.sample.ecommerce.catalog;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A category with its products, as {@code GET /categories/{name}/products} answers it.
 *
 * @param name the Portuguese category name
 * @param englishName the English name, {@code null} when Olist has no translation
 * @param products the products of the category, by product id
 */
public record CategoryProducts(String name, @Nullable String englishName, List<Product> products) {

}
