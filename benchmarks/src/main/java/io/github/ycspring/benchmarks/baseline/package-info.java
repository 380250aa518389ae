/**
 * Hand-written baselines: the same calls and the same decoding without the starter's client.
 */
@NullMarked
package io.github.ycspring.benchmarks.baseline;

import org.jspecify.annotations.NullMarked;
