/**
 * Tiny loopback servers that serve pre-rendered or generated pages, so that the client's cost is what is measured.
 */
@NullMarked
package io.github.ycspring.benchmarks.server;

import org.jspecify.annotations.NullMarked;
