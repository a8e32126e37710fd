package academy.agora.support.web;

import java.util.ArrayList;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.web.server.ContentTooLargeException;
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
	 * message"; this names the field that is unknown or of the wrong type where Jackson
	 * knows it, and otherwise says what to fix without echoing parser internals.
	 */
	@Override
	protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		MismatchedInputException mismatch = cause(ex, MismatchedInputException.class);
		if (mismatch == null || mismatch.getPath().isEmpty()) {
			String detail = (ex.getCause() instanceof DecodingException)
					? "The request body is missing or is not well-formed JSON of the expected shape."
					: "The request is not valid: " + ex.getReason();
			return Mono.just(ResponseEntity.status(status)
				.headers(headers)
				.body(Problems.of(HttpStatus.valueOf(status.value()), "malformed-request", detail)));
		}
		String field = path(mismatch);
		String message;
		if (mismatch instanceof UnrecognizedPropertyException) {
			message = "is not a known field";
		}
		else if (mismatch instanceof InvalidFormatException invalid) {
			message = "has a value that is not a valid " + invalid.getTargetType().getSimpleName();
		}
		else {
			message = "has a value of the wrong type";
		}
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-request",
				"The request body does not have the expected shape: '" + field + "' " + message + ".");
		problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		return Mono.just(ResponseEntity.badRequest().body(problem));
	}

	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (path.length() > 0) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
		List<Throwable> seen = new ArrayList<>();
		for (Throwable cause = ex; cause != null && !seen.contains(cause); cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
			seen.add(cause);
		}
		return null;
	}

	@ExceptionHandler
	Mono<ResponseEntity<ProblemDetail>> invalidParameter(InvalidParameterException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request",
				"The request has invalid parameters: " + ex.parameter() + " " + ex.getMessage() + ".");
		problem.setProperty("errors", List.of(Map.of("field", ex.parameter(), "message", ex.getMessage())));
		return Mono.just(ResponseEntity.badRequest().body(problem));
	}

	@ExceptionHandler
	Mono<ResponseEntity<ProblemDetail>> tooLarge(ContentTooLargeException ex) {
		return Mono.just(ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "request-too-large",
					"The request body is larger than this service accepts.")));
	}

	@ExceptionHandler
	Mono<ResponseEntity<ProblemDetail>> handleUnexpected(RuntimeException ex) {
		logger.error("Unexpected failure", ex);
		return Mono.just(ResponseEntity.internalServerError()
			.body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Something went wrong on our side.")));
	}

}
