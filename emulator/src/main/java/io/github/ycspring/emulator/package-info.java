/**
 * In-memory emulator of the Yandex Cloud Compute ImageService, Operation and API Gateway
 * ListOperations REST surface, with IAM token issuing (OAuth and service account JWT
 * exchange, VM metadata service), served over real HTTP by Reactor Netty. Start with
 * {@link io.github.ycspring.emulator.YandexCloudEmulator#builder()}.
 */
@NullMarked
package io.github.ycspring.emulator;

import org.jspecify.annotations.NullMarked;
