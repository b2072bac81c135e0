package dev.ddbkit.sample.ecommerce.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a listing: the items and the opaque cursor of the next page, {@code null}
 * on the last page.
 *
 * @param <T> the item type
 * @param items the items of this page, in the listing's order
 * @param nextCursor what to pass as {@code cursor} for the next page
 */
public record PageResponse<T>(List<T> items, @Nullable String nextCursor) {

}
