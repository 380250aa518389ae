/**
 * Baselines: the same calls and the same decoding written by hand without the starter's client, and the official
 * SDK over gRPC.
 */
@NullMarked
package io.github.ycspring.benchmarks.baseline;

import org.jspecify.annotations.NullMarked;
