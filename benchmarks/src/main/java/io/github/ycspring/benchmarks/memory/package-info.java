/**
 * The memory scenario: a stream of operations in a forked JVM with a small heap.
 */
@NullMarked
package io.github.ycspring.benchmarks.memory;

import org.jspecify.annotations.NullMarked;
