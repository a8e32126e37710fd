package academy.agora.progress.enrolment.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import academy.agora.progress.enrolment.domain.LearningProgress;
import academy.agora.progress.enrolment.domain.Learner;
import academy.agora.progress.enrolment.domain.Viewer;
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

	private static final List<String> STAFF_ROLES = List.of("coordinator", "admin");

	private final LearningProgress progress;

	EnrolmentController(LearningProgress progress) {
		this.progress = progress;
	}

	@PostMapping
	Mono<ResponseEntity<EnrolmentResponse>> enrol(@AuthenticationPrincipal Jwt jwt,
			@Valid @RequestBody EnrolmentRequest request) {
		return this.progress.enrol(learner(jwt), request.courseId().strip())
			.map((enrolment) -> ResponseEntity.created(URI.create("/api/enrolments/" + enrolment.id()))
				.body(EnrolmentResponse.of(enrolment)));
	}

	@GetMapping
	Flux<EnrolmentResponse> mine(@AuthenticationPrincipal Jwt jwt) {
		return this.progress.mine(jwt.getSubject()).map(EnrolmentResponse::of);
	}

	@GetMapping("/{id}")
	Mono<EnrolmentResponse> get(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
		return this.progress.find(viewer(jwt), id).map(EnrolmentResponse::of);
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

	private static Learner learner(Jwt jwt) {
		return new Learner(jwt.getSubject(), displayName(jwt), jwt.getClaimAsString("municipality"),
				jwt.getClaimAsString("locale"));
	}

	/**
	 * The name printed on the certificate: the {@code name} claim, or failing that the
	 * user name, so that a certificate never goes without one.
	 */
	private static String displayName(Jwt jwt) {
		for (String claim : List.of("name", "preferred_username")) {
			String value = jwt.getClaimAsString(claim);
			if (value != null && !value.isBlank()) {
				return value.strip();
			}
		}
		return jwt.getSubject();
	}

	private static Viewer viewer(Jwt jwt) {
		List<String> roles = jwt.getClaimAsStringList("roles");
		return new Viewer(jwt.getSubject(), roles != null && roles.stream().anyMatch(STAFF_ROLES::contains));
	}

}
