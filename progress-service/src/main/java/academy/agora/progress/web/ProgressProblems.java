package academy.agora.progress.web;

import java.util.List;
import java.util.Map;

import academy.agora.progress.cohorts.domain.CohortClosedException;
import academy.agora.progress.cohorts.domain.CohortNotFoundException;
import academy.agora.progress.cohorts.domain.InvalidCohortException;
import academy.agora.progress.cohorts.domain.InvalidJoinCodeException;
import academy.agora.progress.cohorts.domain.MunicipalityOutOfScopeException;
import academy.agora.progress.cohorts.domain.NotCohortMembersException;
import academy.agora.progress.courses.domain.InvalidAnswersException;
import academy.agora.progress.enrolment.domain.AlreadyEnrolledException;
import academy.agora.progress.enrolment.domain.AlreadyInAnotherCohortException;
import academy.agora.progress.enrolment.domain.AttemptLimitReachedException;
import academy.agora.progress.enrolment.domain.ConcurrentChangeException;
import academy.agora.progress.enrolment.domain.CourseNotFoundException;
import academy.agora.progress.enrolment.domain.CourseRetiredException;
import academy.agora.progress.enrolment.domain.CourseVersionNotFoundException;
import academy.agora.progress.enrolment.domain.EnrolmentCompletedException;
import academy.agora.progress.enrolment.domain.EnrolmentNotFoundException;
import academy.agora.progress.enrolment.domain.EnrolmentWithdrawnException;
import academy.agora.progress.enrolment.domain.InvalidAttendanceException;
import academy.agora.progress.enrolment.domain.InvalidGrantException;
import academy.agora.progress.enrolment.domain.LessonNotFoundException;
import academy.agora.progress.enrolment.domain.QuizNotFoundException;
import academy.agora.progress.enrolment.domain.VersionNotNewerException;
import academy.agora.progress.jobs.web.BulkJobNotFoundException;
import academy.agora.progress.reports.domain.InvalidReportException;
import academy.agora.support.bulk.TooManyItemsException;
import academy.agora.support.web.ProblemDetailsAdvice;
import academy.agora.support.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one advice of the service: every domain exception of every feature as a problem
 * detail with a stable type.
 */
@RestControllerAdvice
class ProgressProblems extends ProblemDetailsAdvice {

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

	@ExceptionHandler
	ProblemDetail invalidGrant(InvalidGrantException ex) {
		return Problems.of(HttpStatus.CONFLICT, "attempts-not-grantable", ex.getMessage());
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
	ProblemDetail enrolmentWithdrawn(EnrolmentWithdrawnException ex) {
		return Problems.of(HttpStatus.CONFLICT, "enrolment-withdrawn", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail enrolmentCompleted(EnrolmentCompletedException ex) {
		return Problems.of(HttpStatus.CONFLICT, "enrolment-completed", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail versionNotNewer(VersionNotNewerException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "version-not-newer", ex.getMessage());
		problem.setProperty("courseVersion", ex.currentVersion());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail courseVersionNotFound(CourseVersionNotFoundException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "course-version-not-found", ex.getMessage());
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

	@ExceptionHandler
	ProblemDetail cohortNotFound(CohortNotFoundException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "cohort-not-found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail cohortClosed(CohortClosedException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "cohort-closed", ex.getMessage());
		problem.setProperty("endedOn", ex.endedOn().toString());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalidJoinCode(InvalidJoinCodeException ex) {
		return invalid(ex.getMessage(), "code", "is not a join code");
	}

	@ExceptionHandler
	ProblemDetail invalidCohort(InvalidCohortException ex) {
		return invalid("The request has invalid fields: " + ex.field() + " " + ex.getMessage() + ".", ex.field(),
				ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail municipalityOutOfScope(MunicipalityOutOfScopeException ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "municipality-out-of-scope", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail alreadyInAnotherCohort(AlreadyInAnotherCohortException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "already-in-another-cohort", ex.getMessage());
		problem.setProperty("enrolmentId", ex.enrolmentId());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalidAttendance(InvalidAttendanceException ex) {
		return invalid("The request has invalid fields: " + ex.field() + " " + ex.getMessage() + ".", ex.field(),
				ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail notCohortMembers(NotCohortMembersException ex) {
		ProblemDetail problem = invalid(ex.getMessage(), "enrolmentIds", "names enrolments that are not members");
		problem.setProperty("enrolmentIds", ex.enrolmentIds());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail tooManyItems(TooManyItemsException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "too-many-items", ex.getMessage());
		problem.setProperty("maxItems", ex.maxItems());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail bulkJobNotFound(BulkJobNotFoundException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "bulk-job-not-found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail invalidReport(InvalidReportException ex) {
		return invalid("The request has invalid parameters: " + ex.parameter() + " " + ex.getMessage() + ".",
				ex.parameter(), ex.getMessage());
	}

	/**
	 * The same shape as a failed bean validation: {@code invalid-request}, naming the
	 * field or parameter at fault.
	 */
	private static ProblemDetail invalid(String detail, String field, String message) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", detail);
		problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		return problem;
	}

}
