package academy.agora.course.authoring.web;

import academy.agora.course.authoring.domain.ConcurrentChangeException;
import academy.agora.course.authoring.domain.CourseNotFoundException;
import academy.agora.course.authoring.domain.InvalidCourseException;
import academy.agora.support.web.ProblemDetailsAdvice;
import academy.agora.support.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
class CourseProblems extends ProblemDetailsAdvice {

	@ExceptionHandler
	ProblemDetail notFound(CourseNotFoundException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "course-not-found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidCourseException ex) {
		return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-course", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail concurrent(ConcurrentChangeException ex) {
		return Problems.of(HttpStatus.CONFLICT, "concurrent-change", ex.getMessage());
	}

}
