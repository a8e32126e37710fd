package academy.agora.course.authoring.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import academy.agora.course.authoring.domain.Author;
import academy.agora.course.authoring.domain.Course;
import academy.agora.course.authoring.domain.CourseAuthoring;
import academy.agora.course.authoring.domain.CourseContent;
import academy.agora.course.authoring.domain.CourseVersion;
import academy.agora.support.access.Role;
import academy.agora.support.access.Viewer;
import academy.agora.support.security.Viewers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Authoring: drafts, publication, versions, retirement and co-authors. Only the owner,
 * co-authors and admins see a course here; anyone else is told it does not exist.
 */
@RestController
@RequestMapping("/api/courses")
class CourseController {

	private final CourseAuthoring authoring;

	CourseController(CourseAuthoring authoring) {
		this.authoring = authoring;
	}

	@PostMapping
	Mono<ResponseEntity<CourseResponse>> create(JwtAuthenticationToken token,
			@Valid @RequestBody CourseRequest request) {
		return this.authoring.create(author(token), request.toContent())
			.map((course) -> ResponseEntity.created(URI.create("/api/courses/" + course.id()))
				.eTag(IfMatch.etag(course))
				.body(CourseResponse.of(course)));
	}

	@GetMapping
	Flux<CourseSummaryResponse> editable(JwtAuthenticationToken token) {
		return this.authoring.editable(author(token)).map(CourseSummaryResponse::of);
	}

	@GetMapping("/{id}")
	Mono<ResponseEntity<CourseResponse>> get(JwtAuthenticationToken token, @PathVariable String id) {
		return this.authoring.find(author(token), id).map(CourseController::withETag);
	}

	@PutMapping("/{id}")
	Mono<ResponseEntity<CourseResponse>> replaceDraft(JwtAuthenticationToken token, @PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody CourseRequest request) {
		Long revision = IfMatch.required(ifMatch);
		return this.authoring.replaceDraft(author(token), id, revision, request.toContent())
			.map(CourseController::withETag);
	}

	@PostMapping("/{id}/discard")
	Mono<ResponseEntity<CourseResponse>> discard(JwtAuthenticationToken token, @PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		Long revision = IfMatch.required(ifMatch);
		return this.authoring.discardDraft(author(token), id, revision).map(CourseController::withETag);
	}

	@PostMapping("/{id}/publish")
	Mono<ResponseEntity<PublicationResponse>> publish(JwtAuthenticationToken token, @PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return this.authoring.publish(author(token), id, IfMatch.optional(ifMatch)).map((publication) -> {
			Course course = publication.course();
			CourseVersion version = course.latest().orElseThrow();
			return ResponseEntity.status(HttpStatus.CREATED)
				.eTag(IfMatch.etag(course))
				.body(new PublicationResponse(course.id(), version.number(), version.publishedAt(),
						publication.outdatedTranslations()));
		});
	}

	@PostMapping("/{id}/retire")
	Mono<ResponseEntity<RetirementResponse>> retire(JwtAuthenticationToken token, @PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return this.authoring.retire(author(token), id, IfMatch.optional(ifMatch))
			.map((course) -> ResponseEntity.ok()
				.eTag(IfMatch.etag(course))
				.body(new RetirementResponse(course.id(), course.publishedVersion(), course.retiredAt())));
	}

	@PutMapping("/{id}/co-authors")
	Mono<ResponseEntity<CourseResponse>> replaceCoAuthors(JwtAuthenticationToken token, @PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody CoAuthorsRequest request) {
		return this.authoring.replaceCoAuthors(author(token), id, IfMatch.optional(ifMatch), request.coAuthors())
			.map(CourseController::withETag);
	}

	@GetMapping("/{id}/versions")
	Mono<List<VersionResponse>> versions(JwtAuthenticationToken token, @PathVariable String id) {
		return this.authoring.find(author(token), id)
			.map((course) -> course.versions().stream().map(VersionResponse::of).toList());
	}

	private static ResponseEntity<CourseResponse> withETag(Course course) {
		return ResponseEntity.ok().eTag(IfMatch.etag(course)).body(CourseResponse.of(course));
	}

	static Author author(JwtAuthenticationToken token) {
		Viewer viewer = Viewers.of(token.getToken());
		return new Author(viewer.id(), viewer.is(Role.ADMIN));
	}

	/**
	 * What publishing did.
	 *
	 * @param id the course
	 * @param version the new version
	 * @param publishedAt when
	 * @param outdatedTranslations translations published although they are behind their
	 * default-language text: a warning, not an error
	 */
	record PublicationResponse(String id, int version, Instant publishedAt,
			List<CourseContent.OutdatedTranslation> outdatedTranslations) {
	}

	record RetirementResponse(String id, int lastVersion, Instant retiredAt) {
	}

	record CoAuthorsRequest(@NotNull @Size(max = 50) List<@NotBlank @Size(max = 200) String> coAuthors) {
	}

	/**
	 * A published version in the list of versions.
	 *
	 * @param number the version number
	 * @param publishedAt when it was published
	 * @param title its title in its default language
	 * @param language that default language
	 */
	record VersionResponse(int number, Instant publishedAt, String title, String language) {

		static VersionResponse of(CourseVersion version) {
			String language = version.content().defaultLanguage();
			return new VersionResponse(version.number(), version.publishedAt(), version.content().title().in(language),
					language);
		}

	}

}
