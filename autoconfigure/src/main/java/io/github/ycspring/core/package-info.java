/**
 * Types shared by every Yandex Cloud client: pages, errors and their codes.
 */
@NullMarked
package io.github.ycspring.core;

import org.jspecify.annotations.NullMarked;
