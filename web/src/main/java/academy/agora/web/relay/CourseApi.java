package academy.agora.web.relay;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * course-service as the pages need it: the catalogue and what learners read. Answers are
 * in the reader's language where the course offers it.
 */
public class CourseApi {

	private final WebClient client;

	private final Duration timeout;

	CourseApi(WebClient client, Duration timeout) {
		this.client = client;
		this.timeout = timeout;
	}

	public Mono<CatalogPage> catalog(CatalogFilter filter, Locale locale) {
		return this.client.get()
			.uri((uri) -> uri.path("/api/catalog")
				.queryParamIfPresent("language", filter.languageIfAny())
				.queryParamIfPresent("topic", filter.topicIfAny())
				.queryParamIfPresent("q", filter.queryIfAny())
				.queryParam("page", filter.page())
				.queryParam("size", CatalogFilter.PAGE_SIZE)
				.build())
			.header(HttpHeaders.ACCEPT_LANGUAGE, Languages.acceptLanguage(locale))
			.retrieve()
			.bodyToMono(CatalogPage.class)
			.timeout(this.timeout);
	}

	/**
	 * The languages and topics the catalogue has, to filter by: read from its first 100
	 * courses, which is the whole catalogue for years to come.
	 * @param locale the reader's language
	 * @return the facets
	 */
	public Mono<CatalogFacets> facets(Locale locale) {
		return this.client.get()
			.uri((uri) -> uri.path("/api/catalog").queryParam("size", 100).build())
			.header(HttpHeaders.ACCEPT_LANGUAGE, Languages.acceptLanguage(locale))
			.retrieve()
			.bodyToMono(CatalogPage.class)
			.timeout(this.timeout)
			.map((page) -> new CatalogFacets(
					page.items().stream().flatMap((item) -> item.languages().stream()).distinct().sorted().toList(),
					page.items().stream().flatMap((item) -> item.topics().stream()).distinct().sorted().toList()));
	}

	public Mono<CourseOutline> outline(String courseId, Locale locale) {
		return this.client.get()
			.uri("/api/catalog/{id}", courseId)
			.header(HttpHeaders.ACCEPT_LANGUAGE, Languages.acceptLanguage(locale))
			.retrieve()
			.bodyToMono(CourseOutline.class)
			.timeout(this.timeout);
	}

	public Mono<Lesson> lesson(String courseId, int version, String lessonId, Locale locale) {
		return this.client.get()
			.uri("/api/courses/{id}/versions/{version}/lessons/{lesson}", courseId, version, lessonId)
			.header(HttpHeaders.ACCEPT_LANGUAGE, Languages.acceptLanguage(locale))
			.retrieve()
			.bodyToMono(Lesson.class)
			.timeout(this.timeout);
	}

	public Mono<Quiz> quiz(String courseId, int version, String quizId, Locale locale) {
		return this.client.get()
			.uri("/api/courses/{id}/versions/{version}/quizzes/{quiz}", courseId, version, quizId)
			.header(HttpHeaders.ACCEPT_LANGUAGE, Languages.acceptLanguage(locale))
			.retrieve()
			.bodyToMono(Quiz.class)
			.timeout(this.timeout);
	}

	public record CatalogPage(List<CatalogItem> items, int page, int size, long totalItems) {

		public boolean hasNext() {
			return (long) (this.page + 1) * this.size < this.totalItems;
		}

	}

	public record CatalogFacets(List<String> languages, List<String> topics) {
	}

	public record CatalogItem(String id, int version, Instant publishedAt, String language, List<String> languages,
			String title, String summary, List<String> topics, Integer estimatedHours, int lessonCount, int quizCount) {
	}

	public record CourseOutline(String id, int version, Instant publishedAt, String language, List<String> languages,
			String title, String summary, List<String> outcomes, List<String> topics, Integer estimatedHours,
			List<ModuleOutline> modules) {

		/**
		 * The title of a module, or its id if this version has no such module.
		 * @param moduleId the module
		 * @return the title
		 */
		public String moduleTitle(String moduleId) {
			return this.modules.stream()
				.filter((module) -> module.id().equals(moduleId))
				.map(ModuleOutline::title)
				.findFirst()
				.orElse(moduleId);
		}

		public String quizTitle(String quizId) {
			return this.modules.stream()
				.flatMap((module) -> module.quizzes().stream())
				.filter((quiz) -> quiz.id().equals(quizId))
				.map(QuizOutline::title)
				.findFirst()
				.orElse(quizId);
		}

		public String firstLessonId() {
			return this.modules.stream()
				.flatMap((module) -> module.lessons().stream())
				.map(LessonOutline::id)
				.findFirst()
				.orElse(null);
		}

	}

	public record ModuleOutline(String id, String title, List<LessonOutline> lessons, List<QuizOutline> quizzes) {
	}

	public record LessonOutline(String id, String title, Integer durationMinutes) {
	}

	public record QuizOutline(String id, String title, int questionCount, Integer passMark) {
	}

	/**
	 * A lesson to read; {@code html} was rendered from Markdown and sanitised by
	 * course-service.
	 */
	public record Lesson(String courseId, int version, String id, String moduleId, String language, boolean outdated,
			String title, String html, String videoUrl, List<Resource> resources, Integer durationMinutes,
			String previousLessonId, String nextLessonId) {
	}

	public record Resource(String title, String url) {
	}

	public record Quiz(String courseId, int version, String id, String moduleId, String language, String title,
			Integer passMark, Integer attemptLimit, List<Question> questions) {
	}

	public record Question(String id, String type, String text, List<Option> options) {

		public boolean multiple() {
			return "MULTIPLE".equals(this.type);
		}

	}

	public record Option(String id, String text) {
	}

}
