package academy.agora.web.authoring;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import academy.agora.web.i18n.Language;
import academy.agora.web.i18n.Languages;
import academy.agora.web.relay.AuthoringApi;
import academy.agora.web.relay.Draft;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

/**
 * "My courses": the courses an author may edit (an admin: all), and starting a new one.
 * course-service decides who sees what; a learner who finds the address is refused there.
 */
@Controller
class MyCoursesController {

	private final AuthoringApi authoring;

	private final Languages languages;

	MyCoursesController(AuthoringApi authoring, Languages languages) {
		this.authoring = authoring;
		this.languages = languages;
	}

	@GetMapping("/authoring")
	Mono<Rendering> mine(Locale locale) {
		return this.authoring.mine()
			.sort(Comparator.comparing((AuthoringApi.CourseSummary course) -> course.titleIn(locale.toLanguageTag())))
			.collectList()
			.map((courses) -> Rendering.view("authoring/mine").modelAttribute("courses", courses).build());
	}

	@GetMapping("/authoring/new")
	Rendering start(Locale locale) {
		return form(locale, null, null, null).build();
	}

	@PostMapping("/authoring/new")
	Mono<Rendering> create(ServerWebExchange exchange, Locale locale) {
		return exchange.getFormData().flatMap((form) -> {
			String language = form.getFirst("defaultLanguage");
			String title = DraftForms.normalised(form.getFirst("title") != null ? form.getFirst("title") : "").strip();
			boolean knownLanguage = this.languages.all().stream().anyMatch((l) -> l.tag().equals(language));
			if (!knownLanguage || title.isEmpty()) {
				FieldProblem missing = new FieldProblem(Part.COURSE, null, null,
						knownLanguage ? "title" : "defaultLanguage",
						knownLanguage ? "authoring.field.title" : "authoring.field.defaultLanguage", List.of(),
						knownLanguage ? "authoring.error.required" : "authoring.error.chooseLanguage", null, "");
				return Mono.just(form(locale, language, title, new FieldProblems(List.of(missing)))
					.status(HttpStatus.UNPROCESSABLE_CONTENT)
					.build());
			}
			return this.authoring.create(Draft.start(language, title))
				.map((course) -> Rendering.redirectTo(Editing.withDone("/authoring/" + course.id(), "created"))
					.build());
		});
	}

	private Rendering.Builder<?> form(Locale locale, String language, String title, FieldProblems errors) {
		String chosen = (language != null) ? language
				: this.languages.match(locale).map(Language::tag).orElse(Languages.ENGLISH.tag());
		return Rendering.view("authoring/new")
			.modelAttribute("languageChoices", this.languages.all())
			.modelAttribute("chosenLanguage", chosen)
			.modelAttribute("title", (title != null) ? title : "")
			.modelAttribute("errors", (errors != null) ? errors : FieldProblems.NONE);
	}

}
