package academy.agora.course.catalog.web;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import academy.agora.course.authoring.domain.CourseContent;
import academy.agora.course.authoring.domain.CourseListing;
import academy.agora.course.authoring.domain.Lesson;
import academy.agora.course.authoring.domain.LocalizedText;
import academy.agora.course.authoring.domain.Module;
import academy.agora.course.authoring.domain.Quiz;
import academy.agora.course.catalog.domain.Catalog;
import academy.agora.course.catalog.domain.CatalogQuery;
import academy.agora.course.catalog.domain.PublishedCourse;
import academy.agora.course.catalog.domain.ReaderLanguage;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue, for anyone signed in: the latest published version of every course that
 * is not retired, in the reader's language.
 */
@RestController
@RequestMapping("/api/catalog")
class CatalogController {

	private final Catalog catalog;

	CatalogController(Catalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * Searches the catalogue. Each item is in the best language the course offers for the
	 * reader: {@code language} if given, else {@code Accept-Language}, else the account's
	 * language, else the course's default.
	 */
	@GetMapping
	Mono<ResponseEntity<CatalogPageResponse>> search(JwtAuthenticationToken token,
			@RequestParam(required = false) @Size(max = 64) String language,
			@RequestParam(required = false) @Size(max = 64) String topic,
			@RequestParam(required = false) @Size(max = 200) String q,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ReaderLanguage reader = Readers.language(language, acceptLanguage, token);
		return this.catalog.search(new CatalogQuery(language, topic, q, page, size)).map((found) -> {
			List<CatalogItem> items = found.items().stream().map((listing) -> CatalogItem.of(listing, reader)).toList();
			Set<String> served = new LinkedHashSet<>();
			items.forEach((item) -> served.add(item.language()));
			ResponseEntity.BodyBuilder response = ResponseEntity.ok()
				.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
			if (!served.isEmpty()) {
				response.header(HttpHeaders.CONTENT_LANGUAGE, String.join(", ", served));
			}
			return response.body(new CatalogPageResponse(items, found.page(), found.size(), found.totalItems()));
		});
	}

	@GetMapping("/{id}")
	Mono<ResponseEntity<CourseOutline>> course(JwtAuthenticationToken token, @PathVariable String id,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ReaderLanguage reader = Readers.language(null, acceptLanguage, token);
		return this.catalog.latest(id).map((course) -> {
			CourseOutline outline = CourseOutline.of(course, reader);
			return Readers.inLanguage(outline.language(), outline);
		});
	}

	record CatalogPageResponse(List<CatalogItem> items, int page, int size, long totalItems) {
	}

	/**
	 * A course in the catalogue.
	 *
	 * @param id the course
	 * @param version its latest published version
	 * @param publishedAt when that was published
	 * @param language the language of this item's texts
	 * @param languages every language the course is offered in, the default first
	 * @param title the title
	 * @param summary the summary
	 * @param topics topic slugs
	 * @param estimatedHours the estimated study time
	 * @param lessonCount how many lessons
	 * @param quizCount how many quizzes
	 */
	record CatalogItem(String id, int version, Instant publishedAt, String language, List<String> languages,
			String title, String summary, List<String> topics, Integer estimatedHours, int lessonCount, int quizCount) {

		static CatalogItem of(CourseListing listing, ReaderLanguage reader) {
			String fallback = listing.defaultLanguage();
			String language = reader.choose(listing.languages(), fallback);
			return new CatalogItem(listing.courseId(), listing.version(), listing.publishedAt(), language,
					listing.languages(), listing.title().in(language, fallback),
					listing.summary().in(language, fallback), listing.topics(), listing.estimatedHours(),
					listing.lessonCount(), listing.quizCount());
		}

	}

	/**
	 * The outline of a course's latest version: what it teaches and how it is built,
	 * without lesson text or answer keys.
	 *
	 * @param id the course
	 * @param version the version
	 * @param publishedAt when it was published
	 * @param language the language of the texts
	 * @param languages every language it is offered in, the default first
	 * @param title the title
	 * @param summary the summary
	 * @param outcomes what a learner can do afterwards
	 * @param topics topic slugs
	 * @param estimatedHours the estimated study time
	 * @param modules the modules in order
	 */
	record CourseOutline(String id, int version, Instant publishedAt, String language, List<String> languages,
			String title, String summary, List<String> outcomes, List<String> topics, Integer estimatedHours,
			List<ModuleOutline> modules) {

		static CourseOutline of(PublishedCourse course, ReaderLanguage reader) {
			CourseContent content = course.content();
			String fallback = content.defaultLanguage();
			String language = reader.choose(content.languages(), fallback);
			return new CourseOutline(course.courseId(), course.version().number(), course.version().publishedAt(),
					language, content.languages(), content.title().in(language, fallback),
					content.summary().in(language, fallback),
					content.outcomes().stream().map((outcome) -> outcome.in(language, fallback)).toList(),
					content.topics(), content.estimatedHours(),
					content.modules().stream().map((module) -> ModuleOutline.of(module, language, fallback)).toList());
		}

	}

	record ModuleOutline(String id, String title, List<LessonOutline> lessons, List<QuizOutline> quizzes) {

		static ModuleOutline of(Module module, String language, String fallback) {
			return new ModuleOutline(module.id(), in(module.title(), language, fallback),
					module.lessons().stream().map((lesson) -> LessonOutline.of(lesson, language, fallback)).toList(),
					module.quizzes().stream().map((quiz) -> QuizOutline.of(quiz, language, fallback)).toList());
		}

	}

	record LessonOutline(String id, String title, Integer durationMinutes) {

		static LessonOutline of(Lesson lesson, String language, String fallback) {
			return new LessonOutline(lesson.id(), in(lesson.title(), language, fallback), lesson.durationMinutes());
		}

	}

	record QuizOutline(String id, String title, int questionCount, Integer passMark) {

		static QuizOutline of(Quiz quiz, String language, String fallback) {
			return new QuizOutline(quiz.id(), in(quiz.title(), language, fallback), quiz.questions().size(),
					quiz.passMark());
		}

	}

	private static String in(LocalizedText text, String language, String fallback) {
		return text.in(language, fallback);
	}

}
