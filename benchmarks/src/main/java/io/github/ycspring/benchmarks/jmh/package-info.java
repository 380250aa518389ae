/**
 * JMH microbenchmarks.
 */
@NullMarked
package io.github.ycspring.benchmarks.jmh;

import org.jspecify.annotations.NullMarked;
