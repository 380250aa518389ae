/**
 * Where IAM tokens come from (the OAuth exchange, service account keys, the VM metadata service) and how they are
 * cached and refreshed.
 * <p>
 * Internal: not part of the public API. Public only because another package of this library needs it; it may
 * change or go away in any release, without notice. Do not compile against it.
 */
@NullMarked
package io.github.ycspring.internal.auth;

import org.jspecify.annotations.NullMarked;
