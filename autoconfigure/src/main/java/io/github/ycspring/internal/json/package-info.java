/**
 * The proto3 JSON mapping (int64 as strings, RFC 3339 timestamps, omitted defaults) on Jackson 3.
 * <p>
 * Internal: not part of the public API. Public only because another package of this library needs it; it may
 * change or go away in any release, without notice. Do not compile against it.
 */
@NullMarked
package io.github.ycspring.internal.json;

import org.jspecify.annotations.NullMarked;
