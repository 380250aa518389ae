/**
 * Credentials: where IAM tokens come from, and how they are cached and refreshed.
 */
@NullMarked
package io.github.ycspring.auth;

import org.jspecify.annotations.NullMarked;
