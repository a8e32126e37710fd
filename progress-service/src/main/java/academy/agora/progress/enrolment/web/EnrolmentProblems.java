package academy.agora.progress.enrolment.web;

import academy.agora.progress.enrolment.domain.AlreadyEnrolledException;
import academy.agora.progress.enrolment.domain.ConcurrentChangeException;
import academy.agora.progress.enrolment.domain.CourseNotFoundException;
import academy.agora.progress.enrolment.domain.EnrolmentNotFoundException;
import academy.agora.progress.enrolment.domain.LessonNotFoundException;
import academy.agora.support.web.ProblemDetailsAdvice;
import academy.agora.support.web.Problems;

import reactor.core.publisher.Mono;

import org.springframework.core.codec.DecodingException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

@RestControllerAdvice
class EnrolmentProblems extends ProblemDetailsAdvice {

	/**
	 * A body that cannot be read. Spring's own answer only says "Failed to read HTTP
	 * message"; this tells the client what to fix without echoing parser internals.
	 * (Field errors of a readable body are {@code WebExchangeBindException}s, handled by
	 * the base class.)
	 */
	@Override
	protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		String detail = (ex.getCause() instanceof DecodingException)
				? "The request body is missing or is not well-formed JSON of the expected shape, "
						+ "such as {\"courseId\": \"...\"}."
				: "The request is not valid: " + ex.getReason();
		return Mono.just(ResponseEntity.badRequest()
			.headers(headers)
			.body(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", detail)));
	}

	@ExceptionHandler
	ProblemDetail courseNotFound(CourseNotFoundException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "course-not-found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail enrolmentNotFound(EnrolmentNotFoundException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "enrolment-not-found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail lessonNotFound(LessonNotFoundException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "lesson-not-found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail alreadyEnrolled(AlreadyEnrolledException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "already-enrolled", ex.getMessage());
		problem.setProperty("enrolmentId", ex.enrolmentId());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail concurrent(ConcurrentChangeException ex) {
		return Problems.of(HttpStatus.CONFLICT, "concurrent-change", ex.getMessage());
	}

}
