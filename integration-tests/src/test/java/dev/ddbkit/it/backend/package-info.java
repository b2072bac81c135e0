/**
 * Backends the behaviour suites run on and the JUnit glue that runs each suite once per
 * backend.
 */
@NullMarked
package dev.ddbkit.it.backend;

import org.jspecify.annotations.NullMarked;
