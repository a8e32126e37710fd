package academy.agora.web.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import academy.agora.web.relay.AuthoringApi;
import academy.agora.web.relay.AuthoringApi.EditableCourse;
import academy.agora.web.relay.Draft;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * The course editor: the course page (its modules, lessons and quizzes, and publication)
 * and one page per part (details, a module, a lesson, a quiz). Each page shows the
 * default language and one translation side by side, and saving it sends the whole draft
 * back with the revision the page was opened at.
 * <p>
 * When the save is refused the page is shown again with what the author wrote: with the
 * errors at their fields (422), or with a warning that someone else saved in between
 * (412). In that case the page now carries the newer revision, so saving again puts this
 * part over the other author's version of it and keeps everything else they changed.
 */
@Controller
class CourseEditorController {

	private final AuthoringApi authoring;

	private final Editing editing;

	CourseEditorController(AuthoringApi authoring, Editing editing) {
		this.authoring = authoring;
		this.editing = editing;
	}

	@GetMapping("/authoring/{courseId}")
	Mono<Rendering> course(@PathVariable String courseId, @RequestParam(required = false) String tr,
			@RequestParam(required = false) String done, ServerWebExchange exchange) {
		return Mono.zip(this.authoring.course(courseId), this.editing.problems(exchange, courseId))
			.map((found) -> this.editing.page("authoring/course", found.getT1(), tr, found.getT2())
				.modelAttribute("done", done)
				.build());
	}

	@GetMapping("/authoring/{courseId}/details")
	Mono<Rendering> details(@PathVariable String courseId, @RequestParam(required = false) String tr,
			@RequestParam(required = false) String done, ServerWebExchange exchange) {
		return Mono.zip(this.authoring.course(courseId), this.editing.problems(exchange, courseId))
			.map((found) -> detailsPage(found.getT1(), tr, found.getT2().on(Part.DETAILS, null), false)
				.modelAttribute("done", done)
				.build());
	}

	@PostMapping("/authoring/{courseId}/details")
	Mono<Rendering> saveDetails(@PathVariable String courseId, ServerWebExchange exchange) {
		return edit(exchange, courseId, Part.DETAILS, null,
				(course, form, problems) -> DraftForms.details(course.draft(), form,
						this.editing.columns(course, form.getFirst("tr")), problems),
				(course, tr, errors, stale) -> detailsPage(course, tr, errors, stale));
	}

	private Rendering.Builder<?> detailsPage(EditableCourse course, String tr, FieldProblems errors, boolean stale) {
		return this.editing.page("authoring/details", course, tr, errors)
			.modelAttribute("stale", stale)
			.modelAttribute("knownTopics", DraftForms.KNOWN_TOPICS);
	}

	@PostMapping("/authoring/{courseId}/modules")
	Mono<Rendering> addModule(@PathVariable String courseId, ServerWebExchange exchange) {
		return add(exchange, courseId, (draft, title) -> {
			String id = DraftForms.Ids.from(title, "module", draft.partIds());
			return new Added(
					draft.addModule(new Draft.Module(id, Map.of(draft.defaultLanguage(), title), List.of(), List.of())),
					Part.MODULE, id);
		});
	}

	@PostMapping("/authoring/{courseId}/modules/{moduleId}/lessons")
	Mono<Rendering> addLesson(@PathVariable String courseId, @PathVariable String moduleId,
			ServerWebExchange exchange) {
		return add(exchange, courseId, (draft, title) -> {
			String id = DraftForms.Ids.from(title, "lesson", draft.partIds());
			return new Added(draft.addLesson(moduleId,
					new Draft.Lesson(id, Map.of(draft.defaultLanguage(), title), Map.of(), null, null, List.of())),
					Part.LESSON, id);
		});
	}

	@PostMapping("/authoring/{courseId}/modules/{moduleId}/quizzes")
	Mono<Rendering> addQuiz(@PathVariable String courseId, @PathVariable String moduleId, ServerWebExchange exchange) {
		return add(exchange, courseId, (draft, title) -> {
			String id = DraftForms.Ids.from(title, "quiz", draft.partIds());
			return new Added(
					draft.addQuiz(moduleId,
							DraftForms.withNewQuestion(
									new Draft.Quiz(id, Map.of(draft.defaultLanguage(), title), 70, null, List.of()))),
					Part.QUIZ, id);
		});
	}

	@GetMapping("/authoring/{courseId}/modules/{moduleId}")
	Mono<Rendering> module(@PathVariable String courseId, @PathVariable String moduleId,
			@RequestParam(required = false) String tr, @RequestParam(required = false) String done,
			ServerWebExchange exchange) {
		return Mono.zip(this.authoring.course(courseId), this.editing.problems(exchange, courseId))
			.map((found) -> modulePage(found.getT1(), moduleOf(found.getT1().draft(), moduleId), tr,
					found.getT2().on(Part.MODULE, moduleId), false)
				.modelAttribute("done", done)
				.build());
	}

	@PostMapping("/authoring/{courseId}/modules/{moduleId}")
	Mono<Rendering> saveModule(@PathVariable String courseId, @PathVariable String moduleId,
			ServerWebExchange exchange) {
		return edit(exchange, courseId, Part.MODULE, moduleId,
				(course, form, problems) -> course.draft()
					.replaceModule(DraftForms.module(moduleOf(course.draft(), moduleId), form,
							this.editing.columns(course, form.getFirst("tr")))),
				(course, tr, errors, stale) -> modulePage(course, moduleOf(course.draft(), moduleId), tr, errors,
						stale));
	}

	private Rendering.Builder<?> modulePage(EditableCourse course, Draft.Module module, String tr, FieldProblems errors,
			boolean stale) {
		return this.editing.page("authoring/module", course, tr, errors)
			.modelAttribute("module", module)
			.modelAttribute("stale", stale);
	}

	@GetMapping("/authoring/{courseId}/lessons/{lessonId}")
	Mono<Rendering> lesson(@PathVariable String courseId, @PathVariable String lessonId,
			@RequestParam(required = false) String tr, @RequestParam(required = false) String done,
			ServerWebExchange exchange) {
		return Mono.zip(this.authoring.course(courseId), this.editing.problems(exchange, courseId))
			.map((found) -> lessonPage(found.getT1(), lessonOf(found.getT1().draft(), lessonId), tr,
					found.getT2().on(Part.LESSON, lessonId), false, Map.of())
				.modelAttribute("done", done)
				.build());
	}

	/**
	 * Saves the lesson, or, with the Preview button, shows its Markdown rendered as
	 * learners will read it, beside each text, and saves nothing.
	 */
	@PostMapping("/authoring/{courseId}/lessons/{lessonId}")
	Mono<Rendering> saveLesson(@PathVariable String courseId, @PathVariable String lessonId,
			ServerWebExchange exchange) {
		return exchange.getFormData().flatMap((form) -> {
			if (!"preview".equals(form.getFirst("action"))) {
				return edit(exchange, courseId, Part.LESSON, lessonId,
						(course, values, problems) -> course.draft()
							.replaceLesson(DraftForms.lesson(lessonOf(course.draft(), lessonId), values,
									this.editing.columns(course, values.getFirst("tr")), problems)),
						(course, tr, errors, stale) -> lessonPage(course, lessonOf(course.draft(), lessonId), tr,
								errors, stale, Map.of()));
			}
			String tr = form.getFirst("tr");
			return Mono.zip(this.authoring.course(courseId), this.editing.problems(exchange, courseId))
				.flatMap((found) -> {
					EditableCourse course = found.getT1();
					List<FieldProblem> problems = new ArrayList<>();
					List<String> columns = this.editing.columns(course, tr);
					Draft.Lesson edited = DraftForms.lesson(lessonOf(course.draft(), lessonId), form, columns,
							problems);
					return previews(edited, columns)
						.map((previews) -> lessonPage(Editing.withDraft(course, course.draft().replaceLesson(edited)),
								edited, tr, found.getT2().on(Part.LESSON, lessonId).plus(problems), false, previews)
							.modelAttribute("revision", PublicationController.revision(form))
							.modelAttribute("previewing", true)
							.build());
				});
		});
	}

	private Mono<Map<String, String>> previews(Draft.Lesson lesson, List<String> columns) {
		return reactor.core.publisher.Flux.fromIterable(columns)
			.filter((language) -> lesson.content().containsKey(language))
			.flatMap((language) -> this.authoring.preview(lesson.content().get(language))
				.map((html) -> Map.entry(language, academy.agora.web.learning.LessonHtml.clean(html))))
			.collectMap(Map.Entry::getKey, Map.Entry::getValue);
	}

	private Rendering.Builder<?> lessonPage(EditableCourse course, Draft.Lesson lesson, String tr, FieldProblems errors,
			boolean stale, Map<String, String> previews) {
		return this.editing.page("authoring/lesson", course, tr, errors)
			.modelAttribute("lesson", lesson)
			.modelAttribute("module", course.draft().moduleOf(lesson.id()).orElse(null))
			.modelAttribute("previews", previews)
			.modelAttribute("previewing", false)
			.modelAttribute("stale", stale);
	}

	@GetMapping("/authoring/{courseId}/quizzes/{quizId}")
	Mono<Rendering> quiz(@PathVariable String courseId, @PathVariable String quizId,
			@RequestParam(required = false) String tr, @RequestParam(required = false) String done,
			ServerWebExchange exchange) {
		return Mono.zip(this.authoring.course(courseId), this.editing.problems(exchange, courseId))
			.map((found) -> quizPage(found.getT1(), quizOf(found.getT1().draft(), quizId), tr,
					found.getT2().on(Part.QUIZ, quizId), false)
				.modelAttribute("done", done)
				.build());
	}

	/** Saves the quiz; the "add a question" button saves it with a new empty question. */
	@PostMapping("/authoring/{courseId}/quizzes/{quizId}")
	Mono<Rendering> saveQuiz(@PathVariable String courseId, @PathVariable String quizId, ServerWebExchange exchange) {
		return edit(exchange, courseId, Part.QUIZ, quizId, (course, form, problems) -> {
			Draft.Quiz quiz = DraftForms.quiz(quizOf(course.draft(), quizId), form,
					this.editing.columns(course, form.getFirst("tr")), problems);
			if ("add-question".equals(form.getFirst("action"))) {
				quiz = DraftForms.withNewQuestion(quiz);
			}
			return course.draft().replaceQuiz(quiz);
		}, (course, tr, errors, stale) -> quizPage(course, quizOf(course.draft(), quizId), tr, errors, stale));
	}

	private Rendering.Builder<?> quizPage(EditableCourse course, Draft.Quiz quiz, String tr, FieldProblems errors,
			boolean stale) {
		return this.editing.page("authoring/quiz", course, tr, errors)
			.modelAttribute("quiz", quiz)
			.modelAttribute("module", course.draft().moduleOf(quiz.id()).orElse(null))
			.modelAttribute("stale", stale);
	}

	@PostMapping("/authoring/{courseId}/parts/{partId}/move")
	Mono<Rendering> move(@PathVariable String courseId, @PathVariable String partId, ServerWebExchange exchange) {
		return exchange.getFormData().flatMap((form) -> {
			int by = "up".equals(form.getFirst("direction")) ? -1 : 1;
			String back = Editing.path(courseId, form.getFirst("tr"));
			return this.authoring.course(courseId)
				.flatMap((course) -> this.authoring.save(courseId, PublicationController.revision(form),
						course.draft().move(partId, by)))
				.thenReturn(Rendering.redirectTo(Editing.withDone(back, "moved") + "#part-" + partId).build())
				.onErrorResume((ex) -> Editing.is(ex, 412),
						(ex) -> Mono.just(Rendering.redirectTo(Editing.withDone(back, "stale")).build()));
		});
	}

	@GetMapping("/authoring/{courseId}/parts/{partId}/removal")
	Mono<Rendering> confirmRemoval(@PathVariable String courseId, @PathVariable String partId,
			@RequestParam(required = false) String tr) {
		return this.authoring.course(courseId).map((course) -> {
			Draft draft = course.draft();
			Map<String, String> title = draft.module(partId)
				.map(Draft.Module::title)
				.or(() -> draft.lesson(partId).map(Draft.Lesson::title))
				.or(() -> draft.quiz(partId).map(Draft.Quiz::title))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
			String kind = draft.module(partId).isPresent() ? "module"
					: draft.lesson(partId).isPresent() ? "lesson" : "quiz";
			return PublicationController.confirm(course, "remove-" + kind)
				.modelAttribute("target", "/authoring/" + courseId + "/parts/" + partId + "/removal")
				.modelAttribute("partTitle", PublishProblems.title(title, draft.defaultLanguage()))
				.modelAttribute("tr", tr)
				.build();
		});
	}

	@PostMapping("/authoring/{courseId}/parts/{partId}/removal")
	Mono<Rendering> remove(@PathVariable String courseId, @PathVariable String partId, ServerWebExchange exchange) {
		return exchange.getFormData().flatMap((form) -> {
			String back = Editing.path(courseId, form.getFirst("tr"));
			return this.authoring.course(courseId)
				.flatMap((course) -> this.authoring.save(courseId, PublicationController.revision(form),
						course.draft().remove(partId)))
				.flatMap((saved) -> this.editing.keep(exchange, courseId, FieldProblems.NONE))
				.thenReturn(Rendering.redirectTo(Editing.withDone(back, "removed")).build())
				.onErrorResume((ex) -> Editing.is(ex, 412),
						(ex) -> Mono.just(Rendering.redirectTo(Editing.withDone(back, "stale")).build()));
		});
	}

	/**
	 * Applies a page's form to the latest draft and saves it with the page's revision.
	 * @param exchange the request
	 * @param courseId the course
	 * @param part the page
	 * @param partId its module, lesson or quiz
	 * @param apply the form applied to the draft of a course; adds any problem the form
	 * itself has (a number that is not one)
	 * @param page the page again, for a save that was refused
	 * @return a redirect to the saved page, or the page with what went wrong
	 */
	private Mono<Rendering> edit(ServerWebExchange exchange, String courseId, Part part, String partId, Apply apply,
			Page page) {
		return exchange.getFormData().flatMap((form) -> {
			String tr = form.getFirst("tr");
			long revision = PublicationController.revision(form);
			return this.authoring.course(courseId).flatMap((course) -> {
				List<FieldProblem> problems = new ArrayList<>();
				Draft edited = apply.to(course, form, problems);
				EditableCourse shown = Editing.withDraft(course, edited);
				if (!problems.isEmpty()) {
					return Mono.just(page.of(shown, tr, new FieldProblems(problems), false)
						.modelAttribute("revision", revision)
						.status(HttpStatus.UNPROCESSABLE_CONTENT)
						.build());
				}
				String saved = part.path(courseId, partId) + ((tr != null) ? "?tr=" + tr : "");
				return this.authoring.save(courseId, revision, edited)
					.flatMap((stored) -> this.editing.forget(exchange, courseId, part, partId))
					.thenReturn(Rendering.redirectTo(Editing.withDone(saved, "saved")).build())
					.onErrorResume((ex) -> Editing.is(ex, 412),
							// Someone saved in between: the page again with this author's
							// text and the newer revision, which a second save
							// overwrites.
							(ex) -> Mono.just(page.of(shown, tr, FieldProblems.NONE, true)
								.modelAttribute("revision", course.revision())
								.status(HttpStatus.CONFLICT)
								.build()))
					.onErrorResume((ex) -> Editing.is(ex, 422), (ex) -> Mono.just(page
						.of(shown, tr, new FieldProblems(PublishProblems.of(Editing.problem(ex), edited)), false)
						.modelAttribute("revision", revision)
						.status(HttpStatus.UNPROCESSABLE_CONTENT)
						.build()));
			});
		});
	}

	private Mono<Rendering> add(ServerWebExchange exchange, String courseId, Function2<Draft, String, Added> adding) {
		return exchange.getFormData().flatMap((form) -> {
			String tr = form.getFirst("tr");
			String title = DraftForms.normalised((form.getFirst("title") != null) ? form.getFirst("title") : "")
				.strip();
			String back = Editing.path(courseId, tr);
			if (title.isEmpty()) {
				return Mono.just(Rendering.redirectTo(Editing.withDone(back, "titleMissing")).build());
			}
			return this.authoring.course(courseId).flatMap((course) -> {
				Added added = adding.apply(course.draft(), title);
				String target = added.part().path(courseId, added.id()) + ((tr != null) ? "?tr=" + tr : "");
				return this.authoring.save(courseId, PublicationController.revision(form), added.draft())
					.thenReturn(Rendering.redirectTo(Editing.withDone(target, "added")).build())
					.onErrorResume((ex) -> Editing.is(ex, 412),
							(ex) -> Mono.just(Rendering.redirectTo(Editing.withDone(back, "stale")).build()));
			});
		});
	}

	static Draft.Module moduleOf(Draft draft, String id) {
		return draft.module(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static Draft.Lesson lessonOf(Draft draft, String id) {
		return draft.lesson(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static Draft.Quiz quizOf(Draft draft, String id) {
		return draft.quiz(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@FunctionalInterface
	interface Apply {

		Draft to(EditableCourse course, MultiValueMap<String, String> form, List<FieldProblem> problems);

	}

	@FunctionalInterface
	interface Page {

		Rendering.Builder<?> of(EditableCourse course, String tr, FieldProblems errors, boolean stale);

	}

	@FunctionalInterface
	interface Function2<A, B, R> {

		R apply(A a, B b);

	}

	record Added(Draft draft, Part part, String id) {
	}

}
