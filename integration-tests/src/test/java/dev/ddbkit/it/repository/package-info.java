/**
 * Spring Data repository behaviour suites (CRUD, derived queries on the table, GSIs and
 * LSIs, projections, slices and windows) run once per backend.
 */
@NullMarked
package dev.ddbkit.it.repository;

import org.jspecify.annotations.NullMarked;
