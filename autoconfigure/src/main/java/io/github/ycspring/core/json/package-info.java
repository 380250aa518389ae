/**
 * The proto3 JSON mapping (int64 as strings, RFC 3339 timestamps, omitted defaults) on Jackson 3.
 */
@NullMarked
package io.github.ycspring.core.json;

import org.jspecify.annotations.NullMarked;
