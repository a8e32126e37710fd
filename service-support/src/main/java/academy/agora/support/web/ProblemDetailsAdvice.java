package academy.agora.support.web;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.codec.DecodingException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

/**
 * The base of each service's {@code @RestControllerAdvice}: Spring's own errors (bad
 * JSON, unknown route, wrong method) already become problem details; this adds the field
 * errors of a failed validation and turns anything unexpected into a 500 that leaks
 * nothing. Services add handlers for their domain's exceptions.
 */
public abstract class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	@Override
	protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request",
				"The request has invalid fields.");
		List<Map<String, String>> errors = ex.getFieldErrors()
			.stream()
			.map((error) -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
			.toList();
		problem.setProperty("errors", errors);
		return Mono.just(ResponseEntity.badRequest().body(problem));
	}

	/**
	 * A body that cannot be read. Spring's own answer only says "Failed to read HTTP
	 * message"; this tells the client what to fix without echoing parser internals.
	 */
	@Override
	protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		String detail = (ex.getCause() instanceof DecodingException)
				? "The request body is missing or is not well-formed JSON of the expected shape."
				: "The request is not valid: " + ex.getReason();
		return Mono.just(ResponseEntity.status(status)
			.headers(headers)
			.body(Problems.of(HttpStatus.valueOf(status.value()), "malformed-request", detail)));
	}

	@ExceptionHandler
	Mono<ResponseEntity<ProblemDetail>> handleUnexpected(RuntimeException ex) {
		logger.error("Unexpected failure", ex);
		return Mono.just(ResponseEntity.internalServerError()
			.body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Something went wrong on our side.")));
	}

}
