package academy.agora.web.catalog;

import java.util.Locale;
import java.util.Optional;

import academy.agora.web.relay.CatalogFilter;
import academy.agora.web.relay.CourseApi;
import academy.agora.web.relay.ProgressApi;
import academy.agora.web.relay.ProgressApi.Enrolment;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The catalogue, filtered by language and topic, and each course's page with its
 * outcomes, hours and modules, from which a learner enrols or carries on.
 */
@Controller
class CatalogController {

	private final CourseApi courses;

	private final ProgressApi progress;

	CatalogController(CourseApi courses, ProgressApi progress) {
		this.courses = courses;
		this.progress = progress;
	}

	@GetMapping("/courses")
	Mono<Rendering> catalogue(@RequestParam(required = false) String language,
			@RequestParam(required = false) String topic, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Locale locale) {
		CatalogFilter filter = new CatalogFilter(language, topic, q, page);
		return Mono
			.zip(this.courses.catalog(filter, locale), this.courses.facets(locale),
					this.progress.mine().filter((enrolment) -> !enrolment.withdrawn()).collectMap(Enrolment::courseId))
			.map((found) -> Rendering.view("catalog/catalogue")
				.modelAttribute("filter", filter)
				.modelAttribute("page", found.getT1())
				.modelAttribute("facets", found.getT2())
				.modelAttribute("enrolled", found.getT3())
				.build());
	}

	@GetMapping("/courses/{courseId}")
	Mono<Rendering> course(@PathVariable String courseId, Locale locale) {
		return Mono
			.zip(this.courses.outline(courseId, locale),
					this.progress.inCourse(courseId).map(Optional::of).defaultIfEmpty(Optional.empty()))
			.map((found) -> Rendering.view("catalog/course")
				.modelAttribute("course", found.getT1())
				.modelAttribute("enrolment", found.getT2().orElse(null))
				.build());
	}

	/**
	 * Enrols and opens the first lesson; enrolling again after leaving picks up where the
	 * learner left off.
	 */
	@PostMapping("/courses/{courseId}/enrolment")
	Mono<Rendering> enrol(@PathVariable String courseId, Locale locale) {
		return this.progress.enrol(courseId, locale)
			.map((enrolment) -> enrolment.nextStep()
				.map((step) -> Rendering
					.redirectTo("/courses/" + courseId + (step.quiz() ? "/quizzes/" : "/lessons/") + step.id())
					.build())
				.orElseGet(() -> Rendering.redirectTo("/courses/" + courseId).build()));
	}

}
