package academy.agora.course.catalog.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lesson Markdown rendered exactly as learners will read it, for an author's preview of
 * text not yet saved. It lives beside the reader so that the two cannot render
 * differently. It reads and stores nothing; like the rest of {@code /api/courses} it is
 * for authors and admins.
 */
@RestController
class MarkdownPreviewController {

	@PostMapping("/api/courses/markdown-preview")
	Mono<PreviewResponse> preview(@Valid @RequestBody PreviewRequest request) {
		return Mono.fromSupplier(() -> new PreviewResponse(LessonHtml.render(request.markdown())));
	}

	/**
	 * Markdown to render.
	 *
	 * @param markdown as long as a lesson's text may be
	 */
	record PreviewRequest(@NotNull @Size(max = 100_000) String markdown) {
	}

	/**
	 * The rendered text.
	 *
	 * @param html sanitised HTML, as the lesson reader's {@code html}
	 */
	record PreviewResponse(String html) {
	}

}
