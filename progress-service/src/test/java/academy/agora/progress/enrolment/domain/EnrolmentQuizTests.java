package academy.agora.progress.enrolment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import academy.agora.events.course.CoursePublished;
import academy.agora.events.progress.CourseCompleted;
import academy.agora.events.progress.LessonCompleted;
import academy.agora.events.progress.QuizGraded;
import academy.agora.progress.CourseFixtures;
import academy.agora.progress.courses.domain.CourseVersion;
import academy.agora.progress.courses.domain.Grade;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Completion rules, quiz attempts and progress of an enrolment in a course with modules
 * and quizzes (see {@link CourseFixtures}).
 */
class EnrolmentQuizTests {

	private static final Instant ENROLLED = Instant.parse("2026-03-02T09:00:00Z");

	private static final Instant LATER = Instant.parse("2026-03-02T10:00:00Z");

	private static final Instant LATEST = Instant.parse("2026-03-03T10:00:00Z");

	private final CourseVersion course = CourseVersion.of(CourseFixtures.published("assemblies", 2, ENROLLED));

	private final Learner ana = new Learner("ana", "Ana Petrovska", "Ohrid", null, "mk-MK");

	@Test
	void enrollingKeepsWhatProgressNeedsOfTheVersion() {
		Enrolment enrolment = enrolled();

		assertThat(enrolment.language()).as("the learner's locale, as the course offers it").isEqualTo("mk");
		assertThat(enrolment.courseTitles()).containsEntry("mk", "Граѓански собранија");
		assertThat(enrolment.lessons()).extracting(LessonProgress::lessonId, LessonProgress::moduleId)
			.containsExactly(tuple("mandate", "foundations"), tuple("lottery", "foundations"),
					tuple("facilitation", "deliberation"), tuple("recommendations", "deliberation"));
		assertThat(enrolment.modules()).containsExactly(
				new ModuleOutline("foundations", List.of("mandate", "lottery"), List.of("basics")),
				new ModuleOutline("deliberation", List.of("facilitation", "recommendations"), List.of("practice")));
		assertThat(enrolment.quizzes()).containsExactly(QuizProgress.notAttempted("basics", "foundations", 50, 2),
				QuizProgress.notAttempted("practice", "deliberation", 100, null));
		assertThat(enrolment.completionRules())
			.isEqualTo(new CompletionRules(List.of("mandate", "lottery", "facilitation"), List.of("basics")));
		assertThat(enrolment.requiredItems()).isEqualTo(4);
	}

	@Test
	void aLocaleTheCourseDoesNotOfferFallsBackToItsDefaultLanguage() {
		Learner marko = new Learner("marko", "Marko", null, null, "sr-Latn");
		assertThat(Enrolment.enrol("e-2", marko, this.course, ENROLLED).enrolment().language()).isEqualTo("en");
		Learner unknown = new Learner("x", "X", null, null, null);
		assertThat(Enrolment.enrol("e-3", unknown, this.course, ENROLLED).enrolment().language()).isEqualTo("en");
	}

	@Test
	void rulesNamingWhatTheVersionLacksAreDroppedAndRulesRequiringNothingRequireEveryLesson() {
		CoursePublished published = CourseFixtures.published("assemblies", 3, ENROLLED);
		CourseVersion ghostly = CourseVersion.of(new CoursePublished(published.courseId(), 3, published.title(), "en",
				published.lessons(), ENROLLED, null, published.modules(), published.quizzes(),
				new CoursePublished.CompletionRules(List.of("mandate", "ghost"), List.of("basics", "phantom")), null,
				null, null));
		CourseVersion vacuous = CourseVersion.of(new CoursePublished(published.courseId(), 4, published.title(), "en",
				published.lessons(), ENROLLED, null, published.modules(), published.quizzes(),
				new CoursePublished.CompletionRules(List.of(), List.of()), null, null, null));

		assertThat(Enrolment.enrol("e", this.ana, ghostly, ENROLLED).enrolment().completionRules())
			.isEqualTo(new CompletionRules(List.of("mandate"), List.of("basics")));
		assertThat(Enrolment.enrol("e", this.ana, vacuous, ENROLLED).enrolment().completionRules()).isEqualTo(
				new CompletionRules(List.of("mandate", "lottery", "facilitation", "recommendations"), List.of()));
	}

	@Test
	void theRequiredLessonsAloneDoNotCompleteACourseThatRequiresAQuiz() {
		Enrolment enrolment = completeRequiredLessons(enrolled());

		assertThat(enrolment.status()).isEqualTo(Enrolment.Status.IN_PROGRESS);
		assertThat(enrolment.percentComplete()).isEqualTo(75);
		assertThat(enrolment.requirementsMet()).isFalse();
	}

	@Test
	void passingTheLastRequiredQuizCompletesTheCourseInTheSameChange() {
		Enrolment enrolment = completeRequiredLessons(enrolled());

		Enrolment.Change change = enrolment.recordAttempt(grade("basics", List.of("a"), List.of("x")), LATER);

		assertThat(change.events()).containsExactly(
				new QuizGraded("e-1", "ana", "assemblies", 2, "basics", 1, 50, true, LATER),
				new CourseCompleted("e-1", "ana", "Ana Petrovska", "assemblies", 2, CourseFixtures.TITLE, LATER,
						"Ohrid", Map.of("en", CourseFixtures.TITLE, "mk", "Граѓански собранија"), "mk",
						new CourseCompleted.ScoreSummary(1, 50), null, 6, false, null, null));
		assertThat(change.enrolment().status()).isEqualTo(Enrolment.Status.COMPLETED);
		assertThat(change.enrolment().completedAt()).isEqualTo(LATER);
		assertThat(change.enrolment().percentComplete()).isEqualTo(100);
	}

	@Test
	void completingTheLastRequiredLessonAfterPassingTheQuizCompletesTheCourse() {
		Enrolment enrolment = enrolled().recordAttempt(grade("basics", List.of("a"), List.of("x", "y")), LATER)
			.enrolment()
			.completeLesson("mandate", LATER)
			.enrolment()
			.completeLesson("lottery", LATER)
			.enrolment();

		Enrolment.Change last = enrolment.completeLesson("facilitation", LATER);

		assertThat(last.events()).hasExactlyElementsOfTypes(LessonCompleted.class, CourseCompleted.class);
		assertThat(((CourseCompleted) last.events().get(1)).scoreSummary())
			.isEqualTo(new CourseCompleted.ScoreSummary(1, 100));
	}

	@Test
	void theCourseIsCompletedOnceWhateverIsDoneAfterwards() {
		Enrolment completed = completeRequiredLessons(enrolled())
			.recordAttempt(grade("basics", List.of("a"), List.of("x", "y")), LATER)
			.enrolment();

		Enrolment.Change optionalLesson = completed.completeLesson("recommendations", LATER);
		Enrolment.Change optionalQuiz = optionalLesson.enrolment()
			.recordAttempt(grade("practice", Map.of("only", List.of("yes"))), LATER);
		Enrolment.Change anotherTry = optionalQuiz.enrolment()
			.recordAttempt(grade("basics", List.of("b"), List.of()), LATER);

		assertThat(optionalLesson.events()).hasExactlyElementsOfTypes(LessonCompleted.class);
		assertThat(optionalQuiz.events()).hasExactlyElementsOfTypes(QuizGraded.class);
		assertThat(anotherTry.events()).hasExactlyElementsOfTypes(QuizGraded.class);
		assertThat(anotherTry.enrolment().status()).isEqualTo(Enrolment.Status.COMPLETED);
		assertThat(anotherTry.enrolment().completedAt()).isEqualTo(completed.completedAt());
	}

	@Test
	void theBestScoreCountsAndAPassIsNotUndoneByAWeakerAttempt() {
		Enrolment enrolment = enrolled().recordAttempt(grade("basics", List.of("a"), List.of("x", "y")), LATER)
			.enrolment();

		Enrolment.Change weaker = enrolment.recordAttempt(grade("basics", List.of("b"), List.of("z")), LATER);

		QuizProgress basics = weaker.enrolment().quiz("basics");
		assertThat(basics.attempts()).extracting(QuizAttempt::attemptNumber, QuizAttempt::score, QuizAttempt::passed)
			.containsExactly(tuple(1, 100, true), tuple(2, 0, false));
		assertThat(basics.bestScore()).isEqualTo(100);
		assertThat(basics.passed()).isTrue();
		assertThat(basics.attemptsUsed()).isEqualTo(2);
		assertThat(basics.attemptsLeft()).isZero();
		assertThat(weaker.events())
			.containsExactly(new QuizGraded("e-1", "ana", "assemblies", 2, "basics", 2, 0, false, LATER));
	}

	@Test
	void anAttemptKeepsHowEachQuestionWasAnswered() {
		Enrolment enrolment = enrolled().recordAttempt(grade("basics", List.of("a"), List.of()), LATER).enrolment();

		assertThat(enrolment.quiz("basics").attempts()).singleElement()
			.satisfies((attempt) -> assertThat(attempt.answers()).containsExactly(
					new QuizAttempt.Answer("single", List.of("a"), true),
					new QuizAttempt.Answer("multiple", List.of(), false)));
	}

	@Test
	void noAttemptIsRecordedBeyondTheLimit() {
		Enrolment used = enrolled().recordAttempt(grade("basics", List.of("b"), List.of()), LATER)
			.enrolment()
			.recordAttempt(grade("basics", List.of("b"), List.of()), LATER)
			.enrolment();

		assertThatExceptionOfType(AttemptLimitReachedException.class)
			.isThrownBy(() -> used.recordAttempt(grade("basics", List.of("a"), List.of("x", "y")), LATER))
			.withMessageContaining("2 attempts")
			.satisfies((ex) -> assertThat(ex.attemptLimit()).isEqualTo(2));
		assertThatExceptionOfType(AttemptLimitReachedException.class)
			.isThrownBy(() -> used.quizOpenForAnAttempt("basics"));
		assertThat(used.quizOpenForAnAttempt("practice").attemptsLeft()).as("no limit").isNull();
	}

	@Test
	void onlyTheLatestAttemptsAreKeptInFullWhileTheFiguresCountThemAll() {
		Enrolment enrolment = enrolled();
		enrolment = enrolment.recordAttempt(grade("practice", Map.of("only", List.of("yes"))), LATER).enrolment();
		for (int i = 0; i < 24; i++) {
			enrolment = enrolment.recordAttempt(grade("practice", Map.of("only", List.of("no"))), LATER).enrolment();
		}

		QuizProgress practice = enrolment.quiz("practice");
		assertThat(practice.attempts()).hasSize(QuizProgress.KEPT_ATTEMPTS)
			.extracting(QuizAttempt::attemptNumber)
			.startsWith(16)
			.endsWith(25);
		assertThat(practice.attemptsUsed()).isEqualTo(25);
		assertThat(practice.bestScore()).as("from the first attempt, no longer kept in full").isEqualTo(100);
		assertThat(practice.passed()).isTrue();
	}

	@Test
	void aCoordinatorsGrantOpensAnExhaustedQuizAgain() {
		Enrolment used = enrolled().recordAttempt(grade("basics", List.of("b"), List.of()), LATER)
			.enrolment()
			.recordAttempt(grade("basics", List.of("b"), List.of()), LATER)
			.enrolment();

		Enrolment.Change granted = used.grantAttempts("basics", 1);

		assertThat(granted.events()).as("no learning happened").isEmpty();
		QuizProgress basics = granted.enrolment().quiz("basics");
		assertThat(basics.extraAttempts()).isEqualTo(1);
		assertThat(basics.attemptsLeft()).isEqualTo(1);
		Enrolment passed = completeRequiredLessons(granted.enrolment())
			.recordAttempt(grade("basics", List.of("a"), List.of("x", "y")), LATEST)
			.enrolment();
		assertThat(passed.quiz("basics").attempts()).extracting(QuizAttempt::attemptNumber).containsExactly(1, 2, 3);
		assertThat(passed.status()).isEqualTo(Enrolment.Status.COMPLETED);
		assertThatExceptionOfType(AttemptLimitReachedException.class)
			.isThrownBy(() -> passed.quizOpenForAnAttempt("basics"))
			.satisfies((ex) -> assertThat(ex.attemptLimit()).as("the limit with the grant").isEqualTo(3));
	}

	@Test
	void attemptsAreGrantedOnlyWhereALimitStandsBetweenTheLearnerAndAPass() {
		Enrolment enrolment = enrolled();
		Enrolment passed = enrolment.recordAttempt(grade("basics", List.of("a"), List.of("x", "y")), LATER).enrolment();

		assertThatExceptionOfType(InvalidGrantException.class).isThrownBy(() -> enrolment.grantAttempts("practice", 1))
			.withMessageContaining("no attempt limit");
		assertThatExceptionOfType(InvalidGrantException.class).isThrownBy(() -> passed.grantAttempts("basics", 1))
			.withMessageContaining("passed");
		assertThatExceptionOfType(InvalidGrantException.class).isThrownBy(() -> enrolment.grantAttempts("basics", 0));
		Enrolment most = enrolment.grantAttempts("basics", QuizProgress.MAX_EXTRA_ATTEMPTS).enrolment();
		assertThatExceptionOfType(InvalidGrantException.class).isThrownBy(() -> most.grantAttempts("basics", 1));
		assertThatExceptionOfType(QuizNotFoundException.class)
			.isThrownBy(() -> enrolment.grantAttempts("final-exam", 1));
	}

	@Test
	void aQuizTheVersionDoesNotHaveIsNotFound() {
		assertThatExceptionOfType(QuizNotFoundException.class)
			.isThrownBy(() -> enrolled().quizOpenForAnAttempt("final-exam"))
			.withMessageContaining("final-exam");
	}

	@Test
	void percentCompleteCountsRequiredLessonsAndQuizzesRoundedDown() {
		Enrolment enrolment = enrolled();
		assertThat(enrolment.percentComplete()).isZero();

		enrolment = enrolment.completeLesson("recommendations", LATER).enrolment();
		assertThat(enrolment.percentComplete()).as("an optional lesson does not count").isZero();
		enrolment = enrolment.recordAttempt(grade("basics", List.of("b"), List.of()), LATER).enrolment();
		assertThat(enrolment.percentComplete()).as("a failed quiz does not count").isZero();
		enrolment = enrolment.completeLesson("mandate", LATER).enrolment();
		assertThat(enrolment.percentComplete()).isEqualTo(25);
		enrolment = enrolment.recordAttempt(grade("basics", List.of("a"), List.of()), LATER).enrolment();
		assertThat(enrolment.percentComplete()).isEqualTo(50);
		assertThat(enrolment.completedRequiredItems()).isEqualTo(2);
		assertThat(enrolment.completedLessons()).isEqualTo(2);
		assertThat(enrolment.totalLessons()).isEqualTo(4);
	}

	@Test
	void eachModuleCountsItsRequiredItemsOrAllOfItsItemsIfNoneIsRequired() {
		CoursePublished published = CourseFixtures.published("assemblies", 5, ENROLLED);
		CourseVersion onlyFoundations = CourseVersion.of(new CoursePublished(published.courseId(), 5, published.title(),
				"en", published.lessons(), ENROLLED, null, published.modules(), published.quizzes(),
				new CoursePublished.CompletionRules(List.of("mandate", "lottery"), List.of("basics")), null, null,
				null));
		Enrolment enrolment = Enrolment.enrol("e-5", this.ana, onlyFoundations, ENROLLED).enrolment();

		assertThat(enrolment.moduleProgress()).containsExactly(new ModuleProgress("foundations", 3, 0, 0),
				new ModuleProgress("deliberation", 3, 0, 0));

		enrolment = enrolment.completeLesson("lottery", LATER)
			.enrolment()
			.completeLesson("facilitation", LATER)
			.enrolment()
			.recordAttempt(grade("practice", Map.of("only", List.of("yes"))), LATER)
			.enrolment();

		assertThat(enrolment.moduleProgress()).containsExactly(new ModuleProgress("foundations", 3, 1, 33),
				new ModuleProgress("deliberation", 3, 2, 66));
	}

	@Test
	void theModulesOfTheFixtureCountRequiredItemsOnly() {
		Enrolment enrolment = enrolled().completeLesson("recommendations", LATER)
			.enrolment()
			.completeLesson("facilitation", LATER)
			.enrolment();

		assertThat(enrolment.moduleProgress()).containsExactly(new ModuleProgress("foundations", 3, 0, 0),
				new ModuleProgress("deliberation", 1, 1, 100));
	}

	@Test
	void theNextLessonIsTheFirstOpenOneInReadingOrder() {
		Enrolment enrolment = enrolled();
		assertThat(enrolment.nextLesson().lessonId()).isEqualTo("mandate");

		enrolment = enrolment.completeLesson("mandate", LATER)
			.enrolment()
			.completeLesson("facilitation", LATER)
			.enrolment();
		assertThat(enrolment.nextLesson()).isEqualTo(new LessonProgress("lottery", "Lottery", "foundations", null));

		enrolment = enrolment.completeLesson("lottery", LATER).enrolment();
		assertThat(enrolment.nextLesson().lessonId()).as("optional lessons are read too").isEqualTo("recommendations");
		enrolment = enrolment.completeLesson("recommendations", LATER).enrolment();
		assertThat(enrolment.nextLesson()).isNull();
	}

	@Test
	void anEnrolmentStoredBeforeQuizzesExistedRequiresEveryLesson() {
		Enrolment stored = new Enrolment("old", "ana", "Ana", null, null, null, "c", 1, "T", null, null,
				List.of(new LessonProgress("a", "A", null, null), new LessonProgress("b", "B", null, LATER)), null,
				null, null, null, null, Enrolment.Status.IN_PROGRESS, ENROLLED, null, null, null, null, null, 3);

		assertThat(stored.completionRules()).isEqualTo(new CompletionRules(List.of("a", "b"), List.of()));
		assertThat(stored.quizzes()).isEmpty();
		assertThat(stored.lastActivityAt()).as("the latest time it records").isEqualTo(LATER);
		assertThat(stored.percentComplete()).isEqualTo(50);
		assertThat(stored.completeLesson("a", LATER).events()).hasExactlyElementsOfTypes(LessonCompleted.class,
				CourseCompleted.class);
	}

	@Test
	void movingToANewerVersionKeepsWhatItStillHasAndAppliesItsRules() {
		Enrolment started = enrolled().completeLesson("mandate", LATER)
			.enrolment()
			.completeLesson("recommendations", LATER)
			.enrolment()
			.recordAttempt(grade("basics", List.of("a"), List.of("x", "y")), LATER)
			.enrolment();
		CourseVersion next = next(List.of("mandate", "lottery", "facilitation"),
				new CourseVersion.CompletionRules(List.of("mandate", "lottery"), List.of("basics")));

		Enrolment.Change change = started.moveTo(next, LATEST);
		Enrolment moved = change.enrolment();

		assertThat(change.events()).isEmpty();
		assertThat(moved.courseVersion()).isEqualTo(3);
		assertThat(moved.status()).isEqualTo(Enrolment.Status.IN_PROGRESS);
		assertThat(moved.lessons()).extracting(LessonProgress::lessonId, LessonProgress::completedAt)
			.containsExactly(tuple("mandate", LATER), tuple("lottery", null), tuple("facilitation", null));
		assertThat(moved.quiz("basics").passed()).isTrue();
		assertThat(moved.quiz("basics").attemptsUsed()).isEqualTo(1);
		assertThat(moved.completionRules())
			.isEqualTo(new CompletionRules(List.of("mandate", "lottery"), List.of("basics")));
		assertThat(moved.requiredItems()).isEqualTo(3);
		assertThat(moved.completedRequiredItems()).isEqualTo(2);
		assertThat(moved.id()).isEqualTo(started.id());
		assertThat(moved.revision()).isEqualTo(started.revision());
		assertThat(moved.lastActivityAt()).isEqualTo(started.lastActivityAt());
	}

	@Test
	void movingToAVersionWhoseRulesAreMetCompletesTheCourseOnce() {
		Enrolment started = enrolled().completeLesson("mandate", LATER)
			.enrolment()
			.recordAttempt(grade("basics", List.of("a"), List.of("x", "y")), LATER)
			.enrolment();
		CourseVersion next = next(List.of("mandate", "lottery"),
				new CourseVersion.CompletionRules(List.of("mandate"), List.of("basics")));

		Enrolment.Change change = started.moveTo(next, LATEST);

		assertThat(change.enrolment().status()).isEqualTo(Enrolment.Status.COMPLETED);
		assertThat(change.enrolment().completedAt()).isEqualTo(LATEST);
		assertThat(change.events()).singleElement().isInstanceOfSatisfying(CourseCompleted.class, (completed) -> {
			assertThat(completed.courseVersion()).isEqualTo(3);
			assertThat(completed.completedAt()).isEqualTo(LATEST);
		});
		assertThatExceptionOfType(EnrolmentCompletedException.class)
			.isThrownBy(() -> change.enrolment().moveTo(next(List.of("mandate"), null, 4), LATEST));
	}

	@Test
	void anEnrolmentMovesOnlyForwardAndNeitherWhenCompletedNorWhenWithdrawn() {
		Enrolment enrolment = enrolled();

		assertThatExceptionOfType(VersionNotNewerException.class)
			.isThrownBy(() -> enrolment.moveTo(next(List.of("mandate"), null, 2), LATEST));
		assertThatExceptionOfType(VersionNotNewerException.class)
			.isThrownBy(() -> enrolment.moveTo(next(List.of("mandate"), null, 1), LATEST));
		Enrolment withdrawn = enrolment.withdraw(LATER).enrolment();
		assertThatExceptionOfType(EnrolmentWithdrawnException.class)
			.isThrownBy(() -> withdrawn.moveTo(next(List.of("mandate"), null), LATEST));
		Enrolment completed = completeRequiredLessons(enrolment)
			.recordAttempt(grade("basics", List.of("a"), List.of("x", "y")), LATER)
			.enrolment();
		assertThat(completed.status()).isEqualTo(Enrolment.Status.COMPLETED);
		assertThatExceptionOfType(EnrolmentCompletedException.class)
			.isThrownBy(() -> completed.moveTo(next(List.of("mandate"), null), LATEST));
	}

	private CourseVersion next(List<String> lessonIds, CourseVersion.CompletionRules rules) {
		return next(lessonIds, rules, 3);
	}

	private CourseVersion next(List<String> lessonIds, CourseVersion.CompletionRules rules, int version) {
		List<CourseVersion.Lesson> lessons = this.course.lessons()
			.stream()
			.filter((lesson) -> lessonIds.contains(lesson.id()))
			.toList();
		return new CourseVersion(this.course.courseId(), version, this.course.title(), this.course.language(), lessons,
				LATEST, this.course.titles(), this.course.languages(), this.course.modules(), this.course.quizzes(),
				rules, this.course.estimatedHours(), this.course.certificateApproval());
	}

	private Enrolment enrolled() {
		return Enrolment.enrol("e-1", this.ana, this.course, ENROLLED).enrolment();
	}

	private static Enrolment completeRequiredLessons(Enrolment enrolment) {
		for (String lesson : List.of("mandate", "lottery", "facilitation")) {
			enrolment = enrolment.completeLesson(lesson, LATER).enrolment();
		}
		return enrolment;
	}

	private Grade grade(String quizId, List<String> single, List<String> multiple) {
		return grade(quizId, CourseFixtures.basics(single, multiple));
	}

	private Grade grade(String quizId, Map<String, List<String>> answers) {
		return this.course.quiz(quizId).orElseThrow().grade(answers);
	}

}
