package academy.agora.web.authoring;

import java.util.List;

import academy.agora.web.relay.AuthoringApi;
import academy.agora.web.relay.AuthoringApi.EditableCourse;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

/**
 * Publishing, the version history, throwing a draft away and retiring a course. Each
 * action names the revision the author looked at: if the course changed since, nothing
 * happens and the course page says why. A publication course-service refuses keeps its
 * field errors in the session, so that the course page lists them and each editing page
 * shows its own at their fields.
 */
@Controller
class PublicationController {

	private final AuthoringApi authoring;

	private final Editing editing;

	PublicationController(AuthoringApi authoring, Editing editing) {
		this.authoring = authoring;
		this.editing = editing;
	}

	@PostMapping("/authoring/{courseId}/publication")
	Mono<Rendering> publish(@PathVariable String courseId, ServerWebExchange exchange) {
		return exchange.getFormData().flatMap((form) -> {
			String tr = form.getFirst("tr");
			return this.authoring.publish(courseId, revision(form))
				.flatMap((publication) -> this.editing.keep(exchange, courseId, FieldProblems.NONE)
					.thenReturn(Rendering
						.redirectTo("/authoring/" + courseId + "/versions?published=" + publication.version())
						.build()))
				.onErrorResume((ex) -> Editing.is(ex, 422), (ex) -> this.authoring.course(courseId)
					.flatMap((course) -> this.editing.keep(exchange, courseId,
							new FieldProblems(PublishProblems.of(Editing.problem(ex), course.draft()))))
					.thenReturn(
							Rendering.redirectTo(Editing.withDone(Editing.path(courseId, tr), "invalid") + "#errors")
								.build()))
				.onErrorResume((ex) -> Editing.is(ex, 412),
						(ex) -> Mono
							.just(Rendering.redirectTo(Editing.withDone(Editing.path(courseId, tr), "stale")).build()))
				.onErrorResume((ex) -> Editing.is(ex, 409), (ex) -> Mono
					.just(Rendering.redirectTo(Editing.withDone(Editing.path(courseId, tr), conflict(ex))).build()));
		});
	}

	@GetMapping("/authoring/{courseId}/versions")
	Mono<Rendering> versions(@PathVariable String courseId, @RequestParam(required = false) Integer published) {
		return Mono.zip(this.authoring.course(courseId), this.authoring.versions(courseId))
			.map((found) -> Rendering.view("authoring/versions")
				.modelAttribute("course", found.getT1())
				.modelAttribute("draft", found.getT1().draft())
				.modelAttribute("versions", newestFirst(found.getT2()))
				.modelAttribute("published", published)
				.build());
	}

	@GetMapping("/authoring/{courseId}/retirement")
	Mono<Rendering> confirmRetirement(@PathVariable String courseId) {
		return this.authoring.course(courseId).map((course) -> confirm(course, "retire").build());
	}

	@PostMapping("/authoring/{courseId}/retirement")
	Mono<Rendering> retire(@PathVariable String courseId, ServerWebExchange exchange) {
		return exchange.getFormData()
			.flatMap((form) -> this.authoring.retire(courseId, revision(form))
				.thenReturn(Rendering.redirectTo(Editing.withDone("/authoring/" + courseId, "retired")).build())
				.onErrorResume((ex) -> Editing.is(ex, 412), (ex) -> Mono
					.just(Rendering.redirectTo(Editing.withDone("/authoring/" + courseId, "stale")).build())));
	}

	@GetMapping("/authoring/{courseId}/discard")
	Mono<Rendering> confirmDiscard(@PathVariable String courseId) {
		return this.authoring.course(courseId).map((course) -> confirm(course, "discard").build());
	}

	@PostMapping("/authoring/{courseId}/discard")
	Mono<Rendering> discard(@PathVariable String courseId, ServerWebExchange exchange) {
		return exchange.getFormData()
			.flatMap((form) -> this.authoring.discard(courseId, revision(form))
				.flatMap((course) -> this.editing.keep(exchange, courseId, FieldProblems.NONE))
				.thenReturn(Rendering.redirectTo(Editing.withDone("/authoring/" + courseId, "discarded")).build())
				.onErrorResume((ex) -> Editing.is(ex, 412), (ex) -> Mono
					.just(Rendering.redirectTo(Editing.withDone("/authoring/" + courseId, "stale")).build())));
	}

	static Rendering.Builder<?> confirm(EditableCourse course, String action) {
		return Rendering.view("authoring/confirm")
			.modelAttribute("course", course)
			.modelAttribute("draft", course.draft())
			.modelAttribute("action", action)
			.modelAttribute("target",
					"/authoring/" + course.id() + ("retire".equals(action) ? "/retirement" : "/discard"))
			.modelAttribute("partTitle", null);
	}

	/** course-service's reasons for 409, each with a notice on the course page. */
	private static String conflict(Throwable ex) {
		String type = Editing.problem(ex).type();
		for (String reason : List.of("nothing-to-publish", "course-retired", "concurrent-change")) {
			if (type != null && type.endsWith(reason)) {
				return reason;
			}
		}
		return "refused";
	}

	private static <T> List<T> newestFirst(List<T> versions) {
		List<T> reversed = new java.util.ArrayList<>(versions);
		java.util.Collections.reverse(reversed);
		return reversed;
	}

	static long revision(MultiValueMap<String, String> form) {
		try {
			return Long.parseLong(form.getFirst("revision"));
		}
		catch (NumberFormatException | NullPointerException ex) {
			// A form without its revision cannot say what it is based on: it matches
			// nothing.
			return -1;
		}
	}

}
