/**
 * Internal plumbing of the clients: the HTTP pipeline and transport, the JSON mapper, the paging machinery,
 * argument validation and token sources.
 * <p>
 * Internal: not part of the public API. Public only because another package of this library needs it; it may
 * change or go away in any release, without notice. Do not compile against it.
 */
@NullMarked
package io.github.ycspring.internal;

import org.jspecify.annotations.NullMarked;
