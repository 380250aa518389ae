/**
 * The HTTP pipeline every client call goes through: request ids, authentication, error mapping.
 */
@NullMarked
package io.github.ycspring.core.http;

import org.jspecify.annotations.NullMarked;
