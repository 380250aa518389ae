/**
 * Token pagination: a stream of pages fetched on demand, one request at a time.
 * <p>
 * Internal: not part of the public API. Public only because another package of this library needs it; it may
 * change or go away in any release, without notice. Do not compile against it.
 */
@NullMarked
package io.github.ycspring.internal.paging;

import org.jspecify.annotations.NullMarked;
