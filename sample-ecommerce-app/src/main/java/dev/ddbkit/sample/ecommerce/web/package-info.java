/**
 * What the REST controllers share: pages with opaque cursors and errors as RFC 9457
 * problem details.
 */
@NullMarked
package dev.ddbkit.sample.ecommerce.web;

import org.jspecify.annotations.NullMarked;
