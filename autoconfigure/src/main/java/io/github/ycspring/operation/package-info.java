/**
 * Long-running operations: {@link io.github.ycspring.operation.OperationClient}, getting, cancelling, listing and
 * waiting for them.
 */
@NullMarked
package io.github.ycspring.operation;

import org.jspecify.annotations.NullMarked;
