package academy.agora.web.coordination;

import java.util.Locale;

import academy.agora.web.relay.ProgressApi;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * Where a learner types the join code their coordinator gave them, or arrives with it
 * from the cohort's join link; joining enrols them in the cohort's course if they were
 * not yet, and opens the course.
 */
@Controller
class JoinController {

	private final ProgressApi progress;

	JoinController(ProgressApi progress) {
		this.progress = progress;
	}

	@GetMapping("/join")
	Rendering form(@RequestParam(required = false) String code) {
		return page(clean(code), null, HttpStatus.OK);
	}

	@PostMapping("/join")
	Mono<Rendering> join(@ModelAttribute JoinForm form, Locale locale) {
		String typed = clean(form.code());
		if (typed.isBlank()) {
			return Mono.just(page(typed, "coordination.join.error.invalid", HttpStatus.UNPROCESSABLE_CONTENT));
		}
		return this.progress.joinCohort(typed, locale)
			.map((enrolment) -> Rendering.redirectTo("/courses/" + enrolment.courseId()).build())
			.onErrorResume(WebClientResponseException.class, (ex) -> {
				String problem = switch (ServiceProblem.of(ex).slug()) {
					case "invalid-request" -> "coordination.join.error.invalid";
					case "cohort-not-found" -> "coordination.join.error.unknown";
					case "cohort-closed" -> "coordination.join.error.closed";
					case "already-in-another-cohort" -> "coordination.join.error.otherCohort";
					case "course-retired", "course-not-found" -> "coordination.join.error.course";
					default -> null;
				};
				return (problem != null) ? Mono.just(page(typed, problem, HttpStatus.UNPROCESSABLE_CONTENT))
						: Mono.error(ex);
			});
	}

	private static Rendering page(String code, String problem, HttpStatus status) {
		Rendering.Builder<?> page = Rendering.view("coordination/join").status(status).modelAttribute("code", code);
		if (problem != null) {
			page.modelAttribute("problem", problem);
		}
		return page.build();
	}

	/** Codes are short; anything longer than a generous one is cut, not relayed. */
	private static String clean(String code) {
		if (code == null) {
			return "";
		}
		String stripped = code.strip();
		return (stripped.length() > 40) ? stripped.substring(0, 40) : stripped;
	}

	/**
	 * The join form as sent; WebFlux binds form fields to model attributes only.
	 *
	 * @param code the join code as typed
	 */
	record JoinForm(String code) {
	}

}
