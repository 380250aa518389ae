/**
 * The Yandex Cloud emulator in a Docker container, with a Testcontainers {@code @ServiceConnection}.
 */
@NullMarked
package io.github.ycspring.test.testcontainers;

import org.jspecify.annotations.NullMarked;
