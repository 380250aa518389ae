package io.github.ycspring.emulator;

import java.util.Map;

/** What an injected fault does instead of (or to) the normal response. */
sealed interface Fault {

	/** Answers exactly this status, content type and body. */
	record Respond(int httpStatus, String contentType, String body) implements Fault {
	}

	/** Answers a google.rpc.Status error of this code, with extra headers. */
	record Status(GrpcCode code, Map<String, String> headers) implements Fault {
	}

	/** Closes the connection without answering; the request is not processed. */
	record Drop() implements Fault {
	}

	/** Processes the request, sends the status, headers and half of the body, then closes. */
	record Truncate() implements Fault {
	}

}
