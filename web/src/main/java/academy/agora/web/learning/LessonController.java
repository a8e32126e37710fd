package academy.agora.web.learning;

import java.util.Locale;
import java.util.Optional;

import academy.agora.web.relay.CourseApi;
import academy.agora.web.relay.CourseApi.CourseOutline;
import academy.agora.web.relay.ProgressApi;
import academy.agora.web.relay.ProgressApi.Enrolment;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The lesson reader. A learner reads the version they are enrolled in; anyone else signed
 * in reads the latest version, and may enrol from the page.
 */
@Controller
class LessonController {

	private final CourseApi courses;

	private final ProgressApi progress;

	LessonController(CourseApi courses, ProgressApi progress) {
		this.courses = courses;
		this.progress = progress;
	}

	@GetMapping("/courses/{courseId}/lessons/{lessonId}")
	Mono<Rendering> lesson(@PathVariable String courseId, @PathVariable String lessonId, Locale locale) {
		return Mono
			.zip(this.courses.outline(courseId, locale),
					this.progress.inCourse(courseId).map(Optional::of).defaultIfEmpty(Optional.empty()))
			.flatMap((found) -> {
				CourseOutline outline = found.getT1();
				Enrolment enrolment = found.getT2().orElse(null);
				int version = (enrolment != null) ? enrolment.courseVersion() : outline.version();
				CourseMap map = CourseMap.of(outline);
				return this.courses.lesson(courseId, version, lessonId, locale)
					.map((lesson) -> Rendering.view("learning/lesson")
						.modelAttribute("course", outline)
						.modelAttribute("enrolment", enrolment)
						.modelAttribute("lesson", lesson)
						.modelAttribute("lessonHtml", LessonHtml.clean(lesson.html()))
						.modelAttribute("completed", enrolment != null && enrolment.lessonCompleted(lessonId))
						.modelAttribute("previous", map.before(lessonId, false).orElse(null))
						.modelAttribute("next", map.after(lessonId, false).orElse(null))
						.modelAttribute("position", map.position(lessonId, false))
						.modelAttribute("steps", map.size())
						.build());
			});
	}

	/**
	 * Marks the lesson complete and goes on to the next lesson or quiz; after the last
	 * one, back to the course page, which shows the result.
	 */
	@PostMapping("/courses/{courseId}/lessons/{lessonId}/completion")
	Mono<Rendering> complete(@PathVariable String courseId, @PathVariable String lessonId, Locale locale) {
		return this.progress.inCourse(courseId)
			.filter((enrolment) -> !enrolment.withdrawn())
			.flatMap((enrolment) -> this.progress.completeLesson(enrolment.id(), lessonId))
			.flatMap((enrolment) -> this.courses.outline(courseId, locale)
				.map((outline) -> CourseMap.of(outline)
					.after(lessonId, false)
					.map((step) -> step.path(courseId))
					.orElse("/courses/" + courseId)))
			.defaultIfEmpty("/courses/" + courseId)
			.map((target) -> Rendering.redirectTo(target).build());
	}

}
