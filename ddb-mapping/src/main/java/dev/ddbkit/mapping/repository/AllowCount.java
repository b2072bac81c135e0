package dev.ddbkit.mapping.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Allows a derived repository method to return a
 * {@link org.springframework.data.domain.Page}. A page's total needs a count of every
 * match, which DynamoDB only gives by reading them all: the total is a second query with
 * {@code Select=COUNT} over every page of the same key condition and filter, so each call
 * reads (and bills) every matching item once more than the page itself. Without this
 * annotation a {@code Page} method fails start-up with a hint to use
 * {@link org.springframework.data.domain.Slice} or
 * {@link org.springframework.data.domain.Window}, which read only what they return.
 * <p>
 * The count is skipped when the page's content already shows the total (a first page
 * shorter than its size, or the last page), as Spring Data's {@code Page} executions do.
 *
 * @see <a href=
 * "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.Other.html#Query.Count">Counting
 * the items in the results</a>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
public @interface AllowCount {

}
