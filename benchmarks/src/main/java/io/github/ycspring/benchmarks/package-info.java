/**
 * Side-by-side benchmarks of the clients against hand-written baselines: the runner and its scenarios.
 */
@NullMarked
package io.github.ycspring.benchmarks;

import org.jspecify.annotations.NullMarked;
