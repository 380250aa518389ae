package io.github.ycspring.autoconfigure;

import io.github.ycspring.internal.http.ApiTransport;

/**
 * The transport the auto-configured clients share, as a bean of a type no application can name: the pipeline is
 * not an extension point.
 *
 * @param transport the transport
 */
record ClientTransport(ApiTransport transport) {
}
