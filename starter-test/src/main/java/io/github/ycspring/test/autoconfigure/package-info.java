/**
 * The Yandex Cloud emulator in a Spring test context: {@link AutoConfigureYandexCloudEmulator}.
 */
@NullMarked
package io.github.ycspring.test.autoconfigure;

import org.jspecify.annotations.NullMarked;
