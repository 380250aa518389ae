/**
 * Compute ImageService: {@link io.github.ycspring.compute.ImageClient}, images and the requests that list, create,
 * update and delete them.
 */
@NullMarked
package io.github.ycspring.compute;

import org.jspecify.annotations.NullMarked;
