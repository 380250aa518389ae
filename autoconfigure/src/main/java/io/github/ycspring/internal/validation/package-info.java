/**
 * Checks of caller arguments against the documented API limits, made before any request.
 * <p>
 * Internal: not part of the public API. Public only because another package of this library needs it; it may
 * change or go away in any release, without notice. Do not compile against it.
 */
@NullMarked
package io.github.ycspring.internal.validation;

import org.jspecify.annotations.NullMarked;
