/**
 * Actuator support: the {@code yandexCloud} health indicator.
 */
@NullMarked
package io.github.ycspring.autoconfigure.actuate;

import org.jspecify.annotations.NullMarked;
