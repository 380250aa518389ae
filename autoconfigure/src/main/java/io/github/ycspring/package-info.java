/**
 * Yandex Cloud clients for Spring: {@link io.github.ycspring.YandexCloudClients} builds them by hand; the
 * starter's auto-configuration makes them beans.
 */
@NullMarked
package io.github.ycspring;

import org.jspecify.annotations.NullMarked;
