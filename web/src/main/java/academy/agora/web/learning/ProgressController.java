package academy.agora.web.learning;

import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;

import academy.agora.web.relay.CourseApi;
import academy.agora.web.relay.ProgressApi;
import academy.agora.web.relay.ProgressApi.Enrolment;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * "My learning": every course the learner is enrolled in, with progress per course and
 * per module and a link to carry on where they left off. The most recently used course
 * comes first.
 */
@Controller
class ProgressController {

	private final CourseApi courses;

	private final ProgressApi progress;

	ProgressController(CourseApi courses, ProgressApi progress) {
		this.courses = courses;
		this.progress = progress;
	}

	@GetMapping("/learning")
	Mono<Rendering> myLearning(Locale locale) {
		return this.progress.mine()
			.filter((enrolment) -> !enrolment.withdrawn())
			.sort(Comparator.comparing(ProgressController::lastUsed).reversed())
			.concatMap((enrolment) -> this.courses.outline(enrolment.courseId(), locale)
				.map((outline) -> new CourseProgress(enrolment, outline))
				// A course retired since still shows, with module ids for titles.
				.onErrorResume((ex) -> Mono.just(new CourseProgress(enrolment, null))))
			.collectList()
			.map((all) -> Rendering.view("learning/progress").modelAttribute("courses", all).build());
	}

	private static Instant lastUsed(Enrolment enrolment) {
		return (enrolment.lastActivityAt() != null) ? enrolment.lastActivityAt() : enrolment.enrolledAt();
	}

}
