package io.github.ycspring.emulator;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** An HTTP response before it is written. */
record Reply(int status, String contentType, Map<String, String> headers, byte[] body) {

	static final String JSON = "application/json";

	static Reply json(JsonNode body) {
		return new Reply(200, JSON, Map.of(), ProtoJson.bytes(body));
	}

	/** A plain-text answer, for endpoints outside the REST gateway (the metadata service). */
	static Reply text(int status, String text, Map<String, String> headers) {
		return new Reply(status, "text/plain; charset=utf-8", headers, text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A google.rpc.Status error whose details carry the request id, as the real gateway's
	 * do; the message never echoes credentials.
	 */
	static Reply error(GrpcCode code, String message, String requestId, Map<String, String> headers) {
		var requestInfo = ProtoJson.object();
		requestInfo.put("requestId", requestId);
		var status = ProtoJson.status(code.value(), message,
				List.of(ProtoJson.any("google.rpc.RequestInfo", requestInfo)));
		return new Reply(code.httpStatus(), JSON, headers, ProtoJson.bytes(status));
	}

	Reply withHeader(String name, String value) {
		Map<String, String> withHeader = new LinkedHashMap<>(this.headers);
		withHeader.put(name, value);
		return new Reply(this.status, this.contentType, withHeader, this.body);
	}

}
