package io.github.ycspring.sample.web;

import io.github.ycspring.core.YandexCloudException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;

/**
 * Answers every error as an RFC 9457 problem detail: the clients' exceptions here, Spring's own (a missing parameter,
 * a malformed body) through {@link ResponseEntityExceptionHandler}.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ApiExceptionHandler.class);

	/**
	 * The clients check every argument before sending anything, naming the field and the rule it broke: that
	 * message is the whole answer for the caller.
	 */
	@ExceptionHandler
	Mono<ResponseEntity<Object>> invalidArgument(IllegalArgumentException ex, ServerWebExchange exchange) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Invalid argument");
		return createResponseEntity(problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, exchange);
	}

	/**
	 * Yandex Cloud answered with an error: pass on its status and message, with the ids that find the call in its
	 * logs. A failure without an answer (a timeout) takes the status its code maps to.
	 */
	@ExceptionHandler
	Mono<ResponseEntity<Object>> cloudError(YandexCloudException ex, ServerWebExchange exchange) {
		HttpStatusCode status = HttpStatusCode
			.valueOf((ex.httpStatus() > 0) ? ex.httpStatus() : ex.code().httpStatus());
		if (status.is5xxServerError()) {
			logger.warn("Yandex Cloud call failed: {}", ex.getMessage());
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.serverMessage());
		problem.setTitle("Yandex Cloud: " + ex.code());
		problem.setProperty("code", ex.code().name());
		setIfKnown(problem, "requestId", ex.requestId());
		setIfKnown(problem, "clientRequestId", ex.clientRequestId());
		return createResponseEntity(problem, new HttpHeaders(), status, exchange);
	}

	/**
	 * Sets the content type, because content negotiation would pick the endpoint's own type where it can write any
	 * object: a stream endpoint would send the problem as a server-sent event.
	 */
	@Override
	protected Mono<ResponseEntity<Object>> createResponseEntity(@Nullable Object body, @Nullable HttpHeaders headers,
			HttpStatusCode status, ServerWebExchange exchange) {
		ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
		if (headers != null) {
			response.headers(headers);
		}
		if (body instanceof ProblemDetail) {
			response.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
		return Mono.just(response.body(body));
	}

	private static void setIfKnown(ProblemDetail problem, String name, @Nullable String value) {
		if (value != null && !value.isEmpty()) {
			problem.setProperty(name, value);
		}
	}

}
