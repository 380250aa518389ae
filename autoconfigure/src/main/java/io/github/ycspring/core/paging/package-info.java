/**
 * Token pagination: a stream of pages fetched on demand, one request at a time.
 */
@NullMarked
package io.github.ycspring.core.paging;

import org.jspecify.annotations.NullMarked;
