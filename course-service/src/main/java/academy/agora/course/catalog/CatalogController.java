package academy.agora.course.catalog;

import java.time.Instant;
import java.util.List;

import academy.agora.course.authoring.domain.Course;
import academy.agora.course.authoring.domain.CourseContent;
import academy.agora.course.authoring.domain.CourseNotFoundException;
import academy.agora.course.authoring.domain.Courses;
import academy.agora.course.authoring.domain.Lesson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published courses, for anyone signed in. Drafts never show here.
 */
@RestController
@RequestMapping("/api/catalog")
class CatalogController {

	private final Courses courses;

	CatalogController(Courses courses) {
		this.courses = courses;
	}

	@GetMapping
	Flux<CatalogEntry> catalog() {
		return this.courses.findPublished().map(CatalogEntry::of);
	}

	@GetMapping("/{id}")
	Mono<PublishedCourse> course(@PathVariable String id) {
		return this.courses.findById(id)
			.filter((course) -> course.published() != null)
			.map(PublishedCourse::of)
			.switchIfEmpty(Mono.error(() -> new CourseNotFoundException(id)));
	}

	record CatalogEntry(String id, int version, String title, String summary, String language, int lessonCount,
			Instant publishedAt) {

		static CatalogEntry of(Course course) {
			CourseContent content = course.published();
			return new CatalogEntry(course.id(), course.publishedVersion(), content.title(), content.summary(),
					content.language(), content.lessons().size(), course.publishedAt());
		}

	}

	record PublishedCourse(String id, int version, String title, String summary, String language, List<Lesson> lessons,
			Instant publishedAt) {

		static PublishedCourse of(Course course) {
			CourseContent content = course.published();
			return new PublishedCourse(course.id(), course.publishedVersion(), content.title(), content.summary(),
					content.language(), content.lessons(), course.publishedAt());
		}

	}

}
