/**
 * Small mains run in a fresh JVM each: time from JVM launch to the first successful
 * PutItem, heap and resident memory after loading a table.
 */
@NullMarked
package dev.ddbkit.bench.probe;

import org.jspecify.annotations.NullMarked;
