package io.github.ycspring.operation;

import java.util.List;

import io.github.ycspring.core.Code;
import tools.jackson.databind.JsonNode;

/**
 * The error an operation ended with, as {@code google.rpc.Status}.
 *
 * @param code gRPC code number
 * @param message the server's message
 * @param details further details, each an {@code Any} with its {@code @type}
 */
public record Status(int code, String message, List<JsonNode> details) {

	/**
	 * Puts proto3 defaults where the JSON had no value.
	 * @param code gRPC code number
	 * @param message the server's message
	 * @param details further details, each an {@code Any} with its {@code @type}
	 */
	public Status {
		message = (message != null) ? message : "";
		details = (details != null) ? List.copyOf(details) : List.of();
	}

	/**
	 * The code as an enum.
	 * @return the code, {@link Code#UNKNOWN} for numbers it does not know
	 */
	public Code grpcCode() {
		return Code.forNumber(this.code);
	}

}
