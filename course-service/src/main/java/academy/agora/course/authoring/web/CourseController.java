package academy.agora.course.authoring.web;

import java.net.URI;
import java.time.Instant;

import academy.agora.course.authoring.domain.Author;
import academy.agora.course.authoring.domain.CourseAuthoring;
import jakarta.validation.Valid;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/courses")
class CourseController {

	private final CourseAuthoring authoring;

	CourseController(CourseAuthoring authoring) {
		this.authoring = authoring;
	}

	@PostMapping
	Mono<ResponseEntity<CourseResponse>> create(@AuthenticationPrincipal Jwt jwt,
			@Valid @RequestBody CourseRequest request) {
		return this.authoring.create(author(jwt), request.toContent())
			.map((course) -> ResponseEntity.created(URI.create("/api/courses/" + course.id()))
				.body(CourseResponse.of(course)));
	}

	@GetMapping
	Flux<CourseResponse> mine(@AuthenticationPrincipal Jwt jwt) {
		return this.authoring.mine(author(jwt)).map(CourseResponse::of);
	}

	@GetMapping("/{id}")
	Mono<CourseResponse> get(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
		return this.authoring.find(author(jwt), id).map(CourseResponse::of);
	}

	@PutMapping("/{id}")
	Mono<CourseResponse> replace(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
			@Valid @RequestBody CourseRequest request) {
		return this.authoring.replaceDraft(author(jwt), id, request.toContent()).map(CourseResponse::of);
	}

	@PostMapping("/{id}/publish")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<PublicationResponse> publish(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
		return this.authoring.publish(author(jwt), id)
			.map((course) -> new PublicationResponse(course.id(), course.publishedVersion(), course.publishedAt()));
	}

	record PublicationResponse(String id, int version, Instant publishedAt) {
	}

	private static Author author(Jwt jwt) {
		return new Author(jwt.getSubject(), jwt.getClaimAsStringList("roles").contains("admin"));
	}

}
