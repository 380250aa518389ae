/**
 * Sample application: Flux-based pagination over Yandex Cloud images.
 */
@NullMarked
package io.github.ycspring.sample;

import org.jspecify.annotations.NullMarked;
