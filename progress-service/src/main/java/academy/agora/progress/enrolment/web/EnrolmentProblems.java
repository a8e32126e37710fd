package academy.agora.progress.enrolment.web;

import java.util.Map;

import academy.agora.progress.courses.domain.InvalidAnswersException;
import academy.agora.progress.enrolment.domain.AlreadyEnrolledException;
import academy.agora.progress.enrolment.domain.AttemptLimitReachedException;
import academy.agora.progress.enrolment.domain.ConcurrentChangeException;
import academy.agora.progress.enrolment.domain.CourseNotFoundException;
import academy.agora.progress.enrolment.domain.CourseRetiredException;
import academy.agora.progress.enrolment.domain.EnrolmentNotFoundException;
import academy.agora.progress.enrolment.domain.LessonNotFoundException;
import academy.agora.progress.enrolment.domain.QuizNotFoundException;
import academy.agora.support.web.ProblemDetailsAdvice;
import academy.agora.support.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
class EnrolmentProblems extends ProblemDetailsAdvice {

	@ExceptionHandler
	ProblemDetail courseNotFound(CourseNotFoundException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "course-not-found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail courseRetired(CourseRetiredException ex) {
		return Problems.of(HttpStatus.CONFLICT, "course-retired", ex.getMessage());
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
	ProblemDetail quizNotFound(QuizNotFoundException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "quiz-not-found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail attemptLimitReached(AttemptLimitReachedException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "attempt-limit-reached", ex.getMessage());
		problem.setProperty("attemptLimit", ex.attemptLimit());
		return problem;
	}

	/**
	 * Answers naming what the quiz does not have: 422, naming each unknown question and
	 * option, so that a client can tell which part of its form is out of date.
	 */
	@ExceptionHandler
	ProblemDetail invalidAnswers(InvalidAnswersException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-answers", ex.getMessage());
		problem.setProperty("unknownQuestionIds", ex.unknownQuestionIds());
		problem.setProperty("unknownOptions",
				ex.unknownOptionIds()
					.entrySet()
					.stream()
					.map((entry) -> Map.of("questionId", entry.getKey(), "optionIds", entry.getValue()))
					.toList());
		return problem;
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
