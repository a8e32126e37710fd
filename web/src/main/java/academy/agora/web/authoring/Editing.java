package academy.agora.web.authoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import academy.agora.web.i18n.Language;
import academy.agora.web.i18n.Languages;
import academy.agora.web.relay.AuthoringApi;
import academy.agora.web.relay.AuthoringApi.EditableCourse;
import academy.agora.web.relay.AuthoringApi.Problem;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

/**
 * What every editing page shares: which translation is shown beside the default language,
 * the model every editor template expects, and the publication problems kept in the
 * session until the author has dealt with them.
 */
@Component
class Editing {

	private static final String PROBLEMS = "authoring.problems.";

	private final Languages languages;

	Editing(Languages languages) {
		this.languages = languages;
	}

	/**
	 * The languages a translation can be written in: the course's own first, then the
	 * interface languages, never the default.
	 * @param course the course
	 * @return language tags
	 */
	List<String> translationChoices(EditableCourse course) {
		Set<String> choices = new LinkedHashSet<>(course.languages());
		this.languages.all().stream().map(Language::tag).forEach(choices::add);
		choices.remove(course.draft().defaultLanguage());
		return new ArrayList<>(choices);
	}

	/**
	 * The translation to show: the one asked for if it can be, else the course's first,
	 * else the first choice.
	 * @param course the course
	 * @param requested the {@code tr} parameter, or {@code null}
	 * @return a language tag
	 */
	String translation(EditableCourse course, String requested) {
		List<String> choices = translationChoices(course);
		if (requested != null && choices.contains(requested)) {
			return requested;
		}
		return choices.isEmpty() ? null : choices.get(0);
	}

	/**
	 * The model of every editor page.
	 * @param view the template
	 * @param course the course as last read or saved
	 * @param requested the translation asked for
	 * @param errors the problems to show
	 * @return the page, for more attributes
	 */
	Rendering.Builder<?> page(String view, EditableCourse course, String requested, FieldProblems errors) {
		String def = course.draft().defaultLanguage();
		String tr = translation(course, requested);
		return Rendering.view(view)
			.modelAttribute("course", course)
			.modelAttribute("draft", course.draft())
			.modelAttribute("def", def)
			.modelAttribute("tr", tr)
			.modelAttribute("columns", (tr != null) ? List.of(def, tr) : List.of(def))
			.modelAttribute("trChoices", translationChoices(course))
			.modelAttribute("revision", course.revision())
			.modelAttribute("errors", errors);
	}

	List<String> columns(EditableCourse course, String requested) {
		String tr = translation(course, requested);
		String def = course.draft().defaultLanguage();
		return (tr != null) ? List.of(def, tr) : List.of(def);
	}

	Mono<FieldProblems> problems(ServerWebExchange exchange, String courseId) {
		return exchange.getSession()
			.map((session) -> (session.getAttributes().get(PROBLEMS + courseId) instanceof FieldProblems stored)
					? stored : FieldProblems.NONE);
	}

	Mono<Void> keep(ServerWebExchange exchange, String courseId, FieldProblems problems) {
		return exchange.getSession().doOnNext((session) -> {
			if (problems.any()) {
				session.getAttributes().put(PROBLEMS + courseId, problems);
			}
			else {
				session.getAttributes().remove(PROBLEMS + courseId);
			}
		}).then();
	}

	/**
	 * After a part was saved, its publication problems may be put right: they are
	 * forgotten, and the next attempt to publish says what is still wrong.
	 */
	Mono<Void> forget(ServerWebExchange exchange, String courseId, Part part, String partId) {
		return problems(exchange, courseId)
			.flatMap((problems) -> keep(exchange, courseId, problems.without(part, partId)));
	}

	static boolean is(Throwable ex, int status) {
		return ex instanceof WebClientResponseException response && response.getStatusCode().value() == status;
	}

	static Problem problem(Throwable ex) {
		if (ex instanceof WebClientResponseException response) {
			try {
				Problem problem = response.getResponseBodyAs(Problem.class);
				if (problem != null) {
					return problem;
				}
			}
			catch (RuntimeException unreadable) {
				// Not a problem document; treated as one without field errors.
			}
		}
		return new Problem(null, null, null, null, List.of());
	}

	static String path(String courseId, String tr) {
		return "/authoring/" + courseId + ((tr != null) ? "?tr=" + tr : "");
	}

	static String withDone(String path, String done) {
		return path + (path.contains("?") ? "&" : "?") + "done=" + done;
	}

	static AuthoringApi.EditableCourse withDraft(EditableCourse course, academy.agora.web.relay.Draft draft) {
		return new EditableCourse(course.id(), course.ownerId(), course.coAuthors(), course.revision(),
				course.languages(), course.publishedVersion(), course.publishedAt(), course.unpublishedChanges(),
				course.retired(), course.retiredAt(), course.outdatedTranslations(), draft);
	}

}
