package academy.agora.course.authoring.web;

import java.util.Map;

import academy.agora.course.authoring.domain.ConcurrentChangeException;
import academy.agora.course.authoring.domain.ContentNotFoundException;
import academy.agora.course.authoring.domain.CourseNotFoundException;
import academy.agora.course.authoring.domain.CourseStateException;
import academy.agora.course.authoring.domain.InvalidCourseException;
import academy.agora.course.authoring.domain.NotPermittedException;
import academy.agora.course.authoring.domain.StaleRevisionException;
import academy.agora.support.web.ProblemDetailsAdvice;
import academy.agora.support.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every failure of this service as an RFC 9457 problem, with a stable {@code type} per
 * kind and, where fields are at fault, an {@code errors} list naming each one.
 */
@RestControllerAdvice
class CourseProblems extends ProblemDetailsAdvice {

	@ExceptionHandler
	ProblemDetail notFound(CourseNotFoundException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "course-not-found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail contentNotFound(ContentNotFoundException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, ex.kind() + "-not-found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidCourseException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-course", ex.getMessage());
		problem.setProperty("errors",
				ex.violations()
					.stream()
					.map((violation) -> Map.of("field", violation.field(), "message", violation.message()))
					.toList());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail state(CourseStateException ex) {
		return Problems.of(HttpStatus.CONFLICT, ex.reason(), ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail notPermitted(NotPermittedException ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "forbidden", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail stale(StaleRevisionException ex) {
		return Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-revision", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail preconditionRequired(IfMatch.PreconditionRequiredException ex) {
		return Problems.of(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail concurrent(ConcurrentChangeException ex) {
		return Problems.of(HttpStatus.CONFLICT, "concurrent-change", ex.getMessage());
	}

}
