/**
 * Services and HTTP API over the images of a folder.
 */
@NullMarked
package io.github.ycspring.sample.images;

import org.jspecify.annotations.NullMarked;
