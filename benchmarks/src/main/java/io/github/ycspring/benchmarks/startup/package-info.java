/**
 * The startup scenario: an application started with and without the starter, each in a fresh JVM.
 */
@NullMarked
package io.github.ycspring.benchmarks.startup;

import org.jspecify.annotations.NullMarked;
