package academy.agora.web.learning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import academy.agora.web.relay.CourseApi;
import academy.agora.web.relay.CourseApi.Question;
import academy.agora.web.relay.ProgressApi;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;

/**
 * Quizzes: the questions as a plain form, graded by progress-service. The result of an
 * attempt is kept in the session and shown on the quiz page it redirects to, so that
 * reloading the page does not send the answers again.
 */
@Controller
class QuizController {

	/** Form fields are {@code answer.<questionId>}, one value per ticked option. */
	static final String ANSWER_PREFIX = "answer.";

	private final CourseApi courses;

	private final ProgressApi progress;

	QuizController(CourseApi courses, ProgressApi progress) {
		this.courses = courses;
		this.progress = progress;
	}

	@GetMapping("/courses/{courseId}/quizzes/{quizId}")
	Mono<Rendering> quiz(@PathVariable String courseId, @PathVariable String quizId, Locale locale,
			ServerWebExchange exchange) {
		return this.progress.inCourse(courseId)
			.filter((enrolment) -> !enrolment.withdrawn())
			.flatMap((enrolment) -> Mono
				.zip(this.courses.outline(courseId, locale),
						this.courses.quiz(courseId, enrolment.courseVersion(), quizId, locale),
						lastAttempt(exchange, enrolment.id(), quizId))
				.map((found) -> {
					CourseMap map = CourseMap.of(found.getT1());
					SubmittedAttempt submitted = found.getT3().orElse(null);
					return Rendering.view("learning/quiz")
						.modelAttribute("course", found.getT1())
						.modelAttribute("enrolment", enrolment)
						.modelAttribute("quiz", found.getT2())
						.modelAttribute("progress", enrolment.quiz(quizId).orElse(null))
						.modelAttribute("attempt", (submitted != null) ? submitted.attempt() : null)
						.modelAttribute("given", submitted)
						.modelAttribute("previous", map.before(quizId, true).orElse(null))
						.modelAttribute("next", map.after(quizId, true).orElse(null))
						.modelAttribute("position", map.position(quizId, true))
						.modelAttribute("steps", map.size())
						.build();
				}))
			// Only enrolled learners take quizzes; anyone else starts on the course page.
			.switchIfEmpty(Mono.fromSupplier(() -> Rendering.redirectTo("/courses/" + courseId).build()));
	}

	@PostMapping("/courses/{courseId}/quizzes/{quizId}")
	Mono<Rendering> answer(@PathVariable String courseId, @PathVariable String quizId, Locale locale,
			ServerWebExchange exchange) {
		String back = "/courses/" + courseId + "/quizzes/" + quizId;
		return this.progress.inCourse(courseId)
			.filter((enrolment) -> !enrolment.withdrawn())
			.flatMap((enrolment) -> Mono
				.zip(exchange.getFormData(), this.courses.quiz(courseId, enrolment.courseVersion(), quizId, locale))
				.flatMap((form) -> {
					Map<String, List<String>> answers = answers(form.getT1(), form.getT2().questions());
					return this.progress.attempt(enrolment.id(), quizId, answers, locale)
						.map((attempt) -> new SubmittedAttempt(attempt, answers));
				})
				.flatMap((submitted) -> exchange.getSession()
					.doOnNext((session) -> session.getAttributes().put(attemptKey(enrolment.id(), quizId), submitted))
					.thenReturn(Rendering.redirectTo(back + "#result").build())))
			.switchIfEmpty(Mono.fromSupplier(() -> Rendering.redirectTo("/courses/" + courseId).build()));
	}

	/**
	 * The answers to send: every question of the quiz, with the options ticked for it; a
	 * question left blank is sent empty, and is wrong.
	 */
	static Map<String, List<String>> answers(MultiValueMap<String, String> form, List<Question> questions) {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		for (Question question : questions) {
			List<String> ticked = form.getOrDefault(ANSWER_PREFIX + question.id(), List.of());
			answers.put(question.id(), ticked.stream().distinct().limit(50).toList());
		}
		return answers;
	}

	private static Mono<Optional<SubmittedAttempt>> lastAttempt(ServerWebExchange exchange, String enrolmentId,
			String quizId) {
		return exchange.getSession()
			.map((session) -> Optional.ofNullable(take(session, attemptKey(enrolmentId, quizId))));
	}

	private static SubmittedAttempt take(WebSession session, String key) {
		Object attempt = session.getAttributes().remove(key);
		return (attempt instanceof SubmittedAttempt found) ? found : null;
	}

	private static String attemptKey(String enrolmentId, String quizId) {
		return "attempt:" + enrolmentId + ":" + quizId;
	}

}
