/**
 * The {@link io.github.ycspring.operation.OperationClient} implementation over the REST API, and how operations are polled.
 * <p>
 * Internal: not part of the public API. Public only because another package of this library needs it; it may
 * change or go away in any release, without notice. Do not compile against it.
 */
@NullMarked
package io.github.ycspring.internal.operation;

import org.jspecify.annotations.NullMarked;
