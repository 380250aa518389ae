/**
 * Auto-configuration of the Yandex Cloud clients.
 */
@NullMarked
package io.github.ycspring.autoconfigure;

import org.jspecify.annotations.NullMarked;
