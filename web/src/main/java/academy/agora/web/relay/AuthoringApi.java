package academy.agora.web.relay;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * course-service's authoring API for authors and admins: their courses, each course's
 * draft with its revision, and what they do with it. Edits name the revision the author
 * saw in {@code If-Match}, so course-service answers 412 rather than overwrite someone
 * else's save; invalid drafts and publications come back as 422 problems (see
 * {@link Problem}). Both reach the caller as {@code WebClientResponseException}s.
 */
public class AuthoringApi {

	private final WebClient client;

	private final Duration timeout;

	AuthoringApi(WebClient client, Duration timeout) {
		this.client = client;
		this.timeout = timeout;
	}

	public Flux<CourseSummary> mine() {
		return this.client.get().uri("/api/courses").retrieve().bodyToFlux(CourseSummary.class).timeout(this.timeout);
	}

	public Mono<EditableCourse> course(String id) {
		return this.client.get()
			.uri("/api/courses/{id}", id)
			.retrieve()
			.bodyToMono(EditableCourse.class)
			.timeout(this.timeout);
	}

	public Mono<EditableCourse> create(Draft draft) {
		return this.client.post()
			.uri("/api/courses")
			.bodyValue(draft)
			.retrieve()
			.bodyToMono(EditableCourse.class)
			.timeout(this.timeout);
	}

	/**
	 * Replaces the draft of the revision the author edited.
	 * @param id the course
	 * @param revision the revision the edit is based on
	 * @param draft the whole new draft
	 * @return the stored course, with its new revision
	 */
	public Mono<EditableCourse> save(String id, long revision, Draft draft) {
		return this.client.put()
			.uri("/api/courses/{id}", id)
			.header(HttpHeaders.IF_MATCH, etag(revision))
			.bodyValue(draft)
			.retrieve()
			.bodyToMono(EditableCourse.class)
			.timeout(this.timeout);
	}

	public Mono<Publication> publish(String id, long revision) {
		return this.client.post()
			.uri("/api/courses/{id}/publish", id)
			.header(HttpHeaders.IF_MATCH, etag(revision))
			.retrieve()
			.bodyToMono(Publication.class)
			.timeout(this.timeout);
	}

	public Mono<EditableCourse> discard(String id, long revision) {
		return this.client.post()
			.uri("/api/courses/{id}/discard", id)
			.header(HttpHeaders.IF_MATCH, etag(revision))
			.retrieve()
			.bodyToMono(EditableCourse.class)
			.timeout(this.timeout);
	}

	public Mono<Retirement> retire(String id, long revision) {
		return this.client.post()
			.uri("/api/courses/{id}/retire", id)
			.header(HttpHeaders.IF_MATCH, etag(revision))
			.retrieve()
			.bodyToMono(Retirement.class)
			.timeout(this.timeout);
	}

	public Mono<List<Version>> versions(String id) {
		return this.client.get()
			.uri("/api/courses/{id}/versions", id)
			.retrieve()
			.bodyToFlux(Version.class)
			.collectList()
			.timeout(this.timeout);
	}

	/**
	 * Lesson Markdown as the lesson reader will show it, rendered by course-service.
	 * @param markdown the text, saved or not
	 * @return sanitised HTML
	 */
	public Mono<String> preview(String markdown) {
		return this.client.post()
			.uri("/api/courses/markdown-preview")
			.bodyValue(Map.of("markdown", (markdown != null) ? markdown : ""))
			.retrieve()
			.bodyToMono(Preview.class)
			.map(Preview::html)
			.timeout(this.timeout);
	}

	static String etag(long revision) {
		return "\"" + revision + "\"";
	}

	public record CourseSummary(String id, String ownerId, String defaultLanguage, Map<String, String> title,
			long revision, int publishedVersion, Instant publishedAt, boolean retired) {

		public String titleIn(String language) {
			String text = (this.title != null) ? this.title.get(language) : null;
			return (text != null) ? text : (this.title != null) ? this.title.get(this.defaultLanguage) : this.id;
		}

		public String languageOfTitle(String language) {
			return (this.title != null && this.title.containsKey(language)) ? language : this.defaultLanguage;
		}

	}

	/**
	 * A course as its authors see it.
	 *
	 * @param id the course
	 * @param revision the revision, which edits send back in {@code If-Match}
	 * @param languages the draft's languages, the default first
	 * @param publishedVersion the latest version, 0 before the first
	 * @param publishedAt when that was published
	 * @param unpublishedChanges whether the draft differs from it
	 * @param retired whether the course was taken out of the catalogue
	 * @param retiredAt when
	 * @param outdatedTranslations lesson translations behind their default-language text
	 * @param draft the draft
	 */
	public record EditableCourse(String id, String ownerId, List<String> coAuthors, long revision,
			List<String> languages, int publishedVersion, Instant publishedAt, boolean unpublishedChanges,
			boolean retired, Instant retiredAt, List<OutdatedTranslation> outdatedTranslations, Draft draft) {

		public EditableCourse {
			languages = (languages != null) ? List.copyOf(languages) : List.of();
			outdatedTranslations = (outdatedTranslations != null) ? List.copyOf(outdatedTranslations) : List.of();
		}

		public boolean outdated(String lessonId, String language) {
			return this.outdatedTranslations.stream()
				.anyMatch((outdated) -> outdated.lessonId().equals(lessonId) && outdated.language().equals(language));
		}

		public List<String> outdatedLanguages(String lessonId) {
			return this.outdatedTranslations.stream()
				.filter((outdated) -> outdated.lessonId().equals(lessonId))
				.map(OutdatedTranslation::language)
				.toList();
		}

		public Optional<String> titleIn(String language) {
			return Optional.ofNullable(this.draft.title().get(language));
		}

	}

	public record OutdatedTranslation(String lessonId, String language) {
	}

	public record Publication(String id, int version, Instant publishedAt,
			List<OutdatedTranslation> outdatedTranslations) {
	}

	public record Retirement(String id, int lastVersion, Instant retiredAt) {
	}

	public record Version(int number, Instant publishedAt, String title, String language) {
	}

	record Preview(String html) {
	}

	/**
	 * An RFC 9457 problem from course-service; {@code errors} name the fields at fault by
	 * their path in the draft, such as {@code modules[0].lessons[1].content}.
	 */
	public record Problem(String type, String title, Integer status, String detail, List<FieldError> errors) {

		public Problem {
			errors = (errors != null) ? List.copyOf(errors) : List.of();
		}

	}

	public record FieldError(String field, String message) {
	}

}
