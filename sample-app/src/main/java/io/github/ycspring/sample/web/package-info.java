/**
 * HTTP error responses as RFC 9457 problem details.
 */
@NullMarked
package io.github.ycspring.sample.web;

import org.jspecify.annotations.NullMarked;
