/**
 * What every module's tests share. Netty's leak detector runs at {@code paranoid} in every test JVM (the parent pom
 * sets it), and {@link io.github.ycspring.testsupport.BufferFaultExtension} fails the test during which a buffer
 * leaked or was released once too often, wherever that was noticed: Netty's leak detector, a Reactor operator, or a
 * log line of Netty, Reactor Netty or Spring.
 */
@NullMarked
package io.github.ycspring.testsupport;

import org.jspecify.annotations.NullMarked;
