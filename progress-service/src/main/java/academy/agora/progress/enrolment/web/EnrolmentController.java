package academy.agora.progress.enrolment.web;

import java.net.URI;
import java.util.Arrays;

import academy.agora.progress.enrolment.domain.LearningProgress;
import academy.agora.progress.web.Principals;
import academy.agora.support.security.Viewers;
import jakarta.validation.Valid;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/enrolments")
class EnrolmentController {

	private final LearningProgress progress;

	EnrolmentController(LearningProgress progress) {
		this.progress = progress;
	}

	@PostMapping
	Mono<ResponseEntity<EnrolmentResponse>> enrol(@AuthenticationPrincipal Jwt jwt,
			@Valid @RequestBody EnrolmentRequest request) {
		return this.progress.enrol(Principals.learner(jwt), request.courseId().strip())
			.map((enrolment) -> ResponseEntity.created(URI.create("/api/enrolments/" + enrolment.id()))
				.body(EnrolmentResponse.of(enrolment)));
	}

	@GetMapping
	Flux<EnrolmentResponse> mine(@AuthenticationPrincipal Jwt jwt) {
		return this.progress.mine(jwt.getSubject()).map(EnrolmentResponse::of);
	}

	@GetMapping("/{id}")
	Mono<EnrolmentResponse> get(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
		return this.progress.find(Viewers.of(jwt), id).map(EnrolmentResponse::of);
	}

	/**
	 * Completes a lesson: 201 the first time, 200 with nothing changed on a repeat.
	 */
	@PostMapping("/{id}/lessons/{lessonId}/completion")
	Mono<ResponseEntity<EnrolmentResponse>> completeLesson(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
			@PathVariable String lessonId) {
		return this.progress.completeLesson(jwt.getSubject(), id, lessonId)
			.map((completion) -> ResponseEntity.status(completion.firstTime() ? HttpStatus.CREATED : HttpStatus.OK)
				.body(EnrolmentResponse.of(completion.enrolment())));
	}

	/**
	 * The learner leaves the course: 200 with the withdrawn enrolment, also on a repeat.
	 */
	@PostMapping("/{id}/withdrawal")
	Mono<EnrolmentResponse> withdraw(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
		return this.progress.withdraw(jwt.getSubject(), id).map(EnrolmentResponse::of);
	}

	/**
	 * Moves the enrolment to a newer published version of its course: 200 with the moved
	 * enrolment.
	 */
	@PostMapping("/{id}/version-move")
	Mono<EnrolmentResponse> moveToVersion(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
			@Valid @RequestBody VersionMoveRequest request) {
		return this.progress.moveToVersion(jwt.getSubject(), id, request.version()).map(EnrolmentResponse::of);
	}

	/**
	 * Grades a quiz attempt: 201 once it is stored. Feedback is in the language of
	 * {@code Accept-Language}, else of the token's {@code locale} claim, else in the
	 * course's default language.
	 */
	@PostMapping("/{id}/quizzes/{quizId}/attempts")
	Mono<ResponseEntity<AttemptResponse>> attemptQuiz(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
			@PathVariable String quizId,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
			@Valid @RequestBody AttemptRequest request) {
		return this.progress
			.attemptQuiz(jwt.getSubject(), id, quizId, request.answersGiven(),
					Arrays.asList(acceptLanguage, jwt.getClaimAsString("locale")))
			.map((graded) -> ResponseEntity.status(HttpStatus.CREATED).body(AttemptResponse.of(graded)));
	}

	/**
	 * Completes the enrolment on a coordinator's record that the learner attended the
	 * course's live sessions; for coordinators and admins in scope, never on their own
	 * enrolment. 201 the first time, 200 with nothing changed if it was completed before.
	 */
	@PostMapping("/{id}/attendance-completion")
	Mono<ResponseEntity<EnrolmentResponse>> completeByAttendance(@AuthenticationPrincipal Jwt jwt,
			@PathVariable String id, @Valid @RequestBody AttendanceRequest request) {
		return this.progress.completeByAttendance(Viewers.of(jwt), id, request.reason())
			.map((completion) -> ResponseEntity.status(completion.firstTime() ? HttpStatus.CREATED : HttpStatus.OK)
				.body(EnrolmentResponse.of(completion.enrolment())));
	}

	/**
	 * Grants a learner more attempts at a quiz; for coordinators and admins in scope.
	 */
	@PostMapping("/{id}/quizzes/{quizId}/extra-attempts")
	Mono<EnrolmentResponse> grantAttempts(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
			@PathVariable String quizId, @Valid @RequestBody GrantRequest request) {
		return this.progress.grantAttempts(Viewers.of(jwt), id, quizId, request.count()).map(EnrolmentResponse::of);
	}

}
