/**
 * The embedded emulator the sample runs on unless the {@code yandex} profile is active.
 */
@NullMarked
package io.github.ycspring.sample.emulator;

import org.jspecify.annotations.NullMarked;
