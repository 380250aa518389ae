/**
 * Checks of caller arguments against the documented API limits, made before any request.
 */
@NullMarked
package io.github.ycspring.core.validation;

import org.jspecify.annotations.NullMarked;
