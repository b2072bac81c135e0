/**
 * Turns JMH's JSON results, the probes' lines and the machine facts into
 * {@code docs/benchmarks.md}.
 */
@NullMarked
package dev.ddbkit.bench.report;

import org.jspecify.annotations.NullMarked;
