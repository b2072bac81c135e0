/**
 * Repository infrastructure: factory, factory bean, entity information and the CRUD
 * implementation.
 */
@NullMarked
package dev.ddbkit.mapping.repository.support;

import org.jspecify.annotations.NullMarked;
