package academy.agora.progress.enrolment.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import academy.agora.events.progress.CourseCompleted;
import academy.agora.events.progress.EnrolmentWithdrawn;
import academy.agora.events.progress.LearnerEnrolled;
import academy.agora.events.progress.LessonCompleted;
import academy.agora.events.progress.QuizGraded;
import academy.agora.progress.CourseFixtures;
import academy.agora.progress.courses.domain.CourseVersion;
import academy.agora.progress.courses.domain.InMemoryCourseVersions;
import academy.agora.progress.courses.domain.InvalidAnswersException;
import academy.agora.support.access.Viewer;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class LearningProgressTests {

	private static final Instant NOW = Instant.parse("2026-03-02T09:00:00.123456Z");

	private final InMemoryCourseVersions courses = new InMemoryCourseVersions();

	private final InMemoryEnrolments enrolments = new InMemoryEnrolments();

	private final Map<String, List<String>> cohortsRun = new HashMap<>();

	private final LearningProgress progress = new LearningProgress(this.enrolments, this.courses,
			new Scopes((coordinator) -> Flux.fromIterable(this.cohortsRun.getOrDefault(coordinator.id(), List.of()))),
			Clock.fixed(NOW, ZoneOffset.UTC));

	private final Learner ana = new Learner("ana", "Ana", null, null, "mk");

	LearningProgressTests() {
		this.courses.add(version(1, "old"));
		this.courses.add(version(3, "intro", "practice"));
		this.courses.add(version(2, "intro"));
	}

	@Test
	void enrollingFollowsTheLatestPublishedVersionAndStoresTheEventWithIt() {
		Enrolment enrolment = this.progress.enrol(this.ana, "assemblies").block();

		assertThat(enrolment.courseVersion()).isEqualTo(3);
		assertThat(enrolment.enrolledAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00.123Z"));
		assertThat(this.enrolments.events).singleElement().isInstanceOf(LearnerEnrolled.class);
	}

	@Test
	void enrollingInACourseNotKnownHereIsNotFound() {
		StepVerifier.create(this.progress.enrol(this.ana, "unknown"))
			.expectError(CourseNotFoundException.class)
			.verify();
		assertThat(this.enrolments.events).isEmpty();
	}

	@Test
	void aRetiredCourseTakesNoNewEnrolmentsButEnrolledLearnersCarryOn() {
		Enrolment enrolment = this.progress.enrol(this.ana, "assemblies").block();
		this.courses.retire("assemblies", NOW).block();

		StepVerifier.create(this.progress.enrol(new Learner("marko", "Marko", null, null, null), "assemblies"))
			.expectError(CourseRetiredException.class)
			.verify();
		assertThat(this.progress.completeLesson("ana", enrolment.id(), "intro").block().firstTime()).isTrue();
	}

	@Test
	void someoneElsesEnrolmentCannotBeCompletedAndLooksAbsent() {
		Enrolment enrolment = this.progress.enrol(this.ana, "assemblies").block();

		StepVerifier.create(this.progress.completeLesson("marko", enrolment.id(), "intro"))
			.expectError(EnrolmentNotFoundException.class)
			.verify();
		StepVerifier.create(this.progress.find(learner("marko"), enrolment.id()))
			.expectError(EnrolmentNotFoundException.class)
			.verify();
		assertThat(this.progress.find(learner("ana"), enrolment.id()).block()).isEqualTo(enrolment);
		assertThat(this.progress.find(Viewer.of("admin", List.of("admin"), null), enrolment.id()).block())
			.isEqualTo(enrolment);
	}

	@Test
	void aCoordinatorSeesEnrolmentsOfTheirMunicipalityAndOfTheCohortsTheyRunOnly() {
		Enrolment inOhrid = this.progress.enrol(new Learner("ana", "Ana", "Ohrid", null, null), "assemblies").block();
		Enrolment inKragujevac = this.progress
			.enrol(new Learner("marko", "Marko", "Kragujevac", null, null), "assemblies")
			.block();
		Enrolment inCohort = this.progress
			.enrol(new Learner("elena", "Elena", "Ohrid", null, null), "assemblies", "zagreb-spring")
			.block();
		this.cohortsRun.put("ivana", List.of("zagreb-spring"));
		Viewer ivana = Viewer.of("ivana", List.of("coordinator"), "Zagreb");
		Viewer ohridCoordinator = Viewer.of("goran", List.of("coordinator"), "Ohrid");

		assertThat(this.progress.find(ivana, inCohort.id()).block()).isEqualTo(inCohort);
		StepVerifier.create(this.progress.find(ivana, inOhrid.id()))
			.expectError(EnrolmentNotFoundException.class)
			.verify();
		assertThat(this.progress.find(ohridCoordinator, inOhrid.id()).block()).isEqualTo(inOhrid);
		assertThat(this.progress.find(ohridCoordinator, inCohort.id()).block()).isEqualTo(inCohort);
		StepVerifier.create(this.progress.find(ohridCoordinator, inKragujevac.id()))
			.expectError(EnrolmentNotFoundException.class)
			.verify();
		StepVerifier.create(this.progress.find(Viewer.of("elira", List.of("author"), "Ohrid"), inOhrid.id()))
			.expectError(EnrolmentNotFoundException.class)
			.verify();
	}

	@Test
	void aRepeatedCompletionIsNotStoredAgain() {
		Enrolment enrolment = this.progress.enrol(this.ana, "assemblies").block();
		LearningProgress.Completion first = this.progress.completeLesson("ana", enrolment.id(), "intro").block();
		int updates = this.enrolments.updates.get();

		LearningProgress.Completion again = this.progress.completeLesson("ana", enrolment.id(), "intro").block();

		assertThat(first.firstTime()).isTrue();
		assertThat(again.firstTime()).isFalse();
		assertThat(again.enrolment()).isEqualTo(first.enrolment());
		assertThat(this.enrolments.updates).hasValue(updates);
		assertThat(this.enrolments.events).hasExactlyElementsOfTypes(LearnerEnrolled.class, LessonCompleted.class);
	}

	@Test
	void completingEveryLessonCompletesTheCourseOnce() {
		Enrolment enrolment = this.progress.enrol(this.ana, "assemblies").block();
		this.progress.completeLesson("ana", enrolment.id(), "intro").block();
		this.progress.completeLesson("ana", enrolment.id(), "practice").block();
		this.progress.completeLesson("ana", enrolment.id(), "practice").block();

		assertThat(this.enrolments.events).hasExactlyElementsOfTypes(LearnerEnrolled.class, LessonCompleted.class,
				LessonCompleted.class, CourseCompleted.class);
		assertThat(this.enrolments.findById(enrolment.id()).block().status()).isEqualTo(Enrolment.Status.COMPLETED);
	}

	@Test
	void onlyTheLearnerWithdrawsAndEnrollingAgainReactivatesTheSameEnrolment() {
		Enrolment enrolment = this.progress.enrol(this.ana, "assemblies").block();
		this.progress.completeLesson("ana", enrolment.id(), "intro").block();

		StepVerifier.create(this.progress.withdraw("marko", enrolment.id()))
			.expectError(EnrolmentNotFoundException.class)
			.verify();
		Enrolment withdrawn = this.progress.withdraw("ana", enrolment.id()).block();
		assertThat(this.progress.withdraw("ana", enrolment.id()).block()).isEqualTo(withdrawn);
		StepVerifier.create(this.progress.completeLesson("ana", enrolment.id(), "practice"))
			.expectError(EnrolmentWithdrawnException.class)
			.verify();
		Enrolment again = this.progress.enrol(this.ana, "assemblies").block();

		assertThat(withdrawn.status()).isEqualTo(Enrolment.Status.WITHDRAWN);
		assertThat(again.id()).isEqualTo(enrolment.id());
		assertThat(again.status()).isEqualTo(Enrolment.Status.IN_PROGRESS);
		assertThat(again.completedLessons()).isEqualTo(1);
		assertThat(this.enrolments.stored).hasSize(1);
		assertThat(this.enrolments.events).hasExactlyElementsOfTypes(LearnerEnrolled.class, LessonCompleted.class,
				EnrolmentWithdrawn.class);
		StepVerifier.create(this.progress.enrol(this.ana, "assemblies"))
			.expectError(AlreadyEnrolledException.class)
			.verify();
	}

	@Test
	void onlyTheLearnerMovesTheirEnrolmentToANewerKnownVersion() {
		Enrolment enrolment = this.progress.enrol(this.ana, "assemblies").block();
		this.progress.completeLesson("ana", enrolment.id(), "intro").block();
		this.courses.add(version(4, "intro", "summary"));

		StepVerifier.create(this.progress.moveToVersion("marko", enrolment.id(), 4))
			.expectError(EnrolmentNotFoundException.class)
			.verify();
		StepVerifier.create(this.progress.moveToVersion("ana", enrolment.id(), 2))
			.expectError(VersionNotNewerException.class)
			.verify();
		StepVerifier.create(this.progress.moveToVersion("ana", enrolment.id(), 5))
			.expectError(CourseVersionNotFoundException.class)
			.verify();
		Enrolment moved = this.progress.moveToVersion("ana", enrolment.id(), 4).block();

		assertThat(moved.courseVersion()).isEqualTo(4);
		assertThat(moved.completedLessons()).isEqualTo(1);
		assertThat(moved.lessons()).extracting(LessonProgress::lessonId).containsExactly("intro", "summary");
		assertThat(this.enrolments.findById(enrolment.id()).block()).isEqualTo(moved);
		assertThat(this.enrolments.events).hasExactlyElementsOfTypes(LearnerEnrolled.class, LessonCompleted.class);
	}

	@Test
	void aMoveThatMeetsTheNewRulesCompletesTheCourseOnce() {
		Enrolment enrolment = this.progress.enrol(this.ana, "assemblies").block();
		this.progress.completeLesson("ana", enrolment.id(), "intro").block();
		this.courses.add(version(4, "intro"));

		Enrolment moved = this.progress.moveToVersion("ana", enrolment.id(), 4).block();

		assertThat(moved.status()).isEqualTo(Enrolment.Status.COMPLETED);
		assertThat(this.enrolments.events).hasExactlyElementsOfTypes(LearnerEnrolled.class, LessonCompleted.class,
				CourseCompleted.class);
		StepVerifier.create(this.progress.moveToVersion("ana", enrolment.id(), 4))
			.expectError(EnrolmentCompletedException.class)
			.verify();
	}

	@Test
	void aCoordinatorInScopeCompletesByAttendanceOnceAndAnnouncesItOnce() {
		Enrolment enrolment = this.progress.enrol(new Learner("ana", "Ana", "Ohrid", null, null), "assemblies").block();
		Viewer goran = Viewer.of("goran", List.of("coordinator"), "Ohrid");

		LearningProgress.Completion first = this.progress
			.completeByAttendance(goran, enrolment.id(), " Attended all four workshops ")
			.block();
		LearningProgress.Completion again = this.progress
			.completeByAttendance(goran, enrolment.id(), "Attended all four workshops")
			.block();

		assertThat(first.firstTime()).isTrue();
		assertThat(first.enrolment().status()).isEqualTo(Enrolment.Status.COMPLETED);
		assertThat(first.enrolment().completedAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00.123Z"));
		assertThat(first.enrolment().attendance())
			.isEqualTo(new AttendanceRecord("goran", "Attended all four workshops"));
		assertThat(again.firstTime()).isFalse();
		assertThat(again.enrolment()).isEqualTo(first.enrolment());
		assertThat(this.enrolments.findById(enrolment.id()).block()).isEqualTo(first.enrolment());
		assertThat(this.enrolments.events).hasExactlyElementsOfTypes(LearnerEnrolled.class, CourseCompleted.class);
		assertThat(((CourseCompleted) this.enrolments.events.get(1)).attendance())
			.isEqualTo(new CourseCompleted.Attendance("goran", "Attended all four workshops"));
	}

	@Test
	void onlyStaffWhoseScopeIncludesTheEnrolmentCompleteItByAttendanceAndNeverTheirOwn() {
		Enrolment inOhrid = this.progress.enrol(new Learner("ana", "Ana", "Ohrid", null, null), "assemblies").block();
		Enrolment goransOwn = this.progress.enrol(new Learner("goran", "Goran", "Ohrid", null, null), "assemblies")
			.block();
		Viewer zagrebCoordinator = Viewer.of("ivana", List.of("coordinator"), "Zagreb");
		Viewer goran = Viewer.of("goran", List.of("coordinator", "learner"), "Ohrid");

		for (Viewer outsider : List.of(zagrebCoordinator, learner("marko"), learner("ana"))) {
			StepVerifier.create(this.progress.completeByAttendance(outsider, inOhrid.id(), "Attended"))
				.expectError(EnrolmentNotFoundException.class)
				.verify();
		}
		StepVerifier.create(this.progress.completeByAttendance(goran, goransOwn.id(), "Attended"))
			.expectError(EnrolmentNotFoundException.class)
			.verify();
		StepVerifier.create(this.progress.completeByAttendance(goran, "unknown", "Attended"))
			.expectError(EnrolmentNotFoundException.class)
			.verify();
		assertThat(
				this.progress.completeByAttendance(Viewer.of("admin", List.of("admin"), null), inOhrid.id(), "Attended")
					.block()
					.firstTime())
			.isTrue();
		assertThat(this.enrolments.stored.get(goransOwn.id()).status()).isEqualTo(Enrolment.Status.IN_PROGRESS);
	}

	@Test
	void aBadReasonOrAWithdrawnEnrolmentStoresNothing() {
		Enrolment enrolment = this.progress.enrol(new Learner("ana", "Ana", "Ohrid", null, null), "assemblies").block();
		Viewer goran = Viewer.of("goran", List.of("coordinator"), "Ohrid");

		StepVerifier.create(this.progress.completeByAttendance(goran, "unknown", "  "))
			.as("the reason is checked before anything is looked up")
			.expectError(InvalidAttendanceException.class)
			.verify();
		this.progress.withdraw("ana", enrolment.id()).block();
		int updates = this.enrolments.updates.get();
		StepVerifier.create(this.progress.completeByAttendance(goran, enrolment.id(), "Attended"))
			.expectError(EnrolmentWithdrawnException.class)
			.verify();
		assertThat(this.enrolments.updates.get()).isEqualTo(updates);
		assertThat(this.enrolments.events).noneMatch(CourseCompleted.class::isInstance);
	}

	@Test
	void aCompletionByAttendanceThatLosesARaceIsRetriedOnTheFreshState() {
		Enrolment enrolment = this.progress.enrol(new Learner("ana", "Ana", "Ohrid", null, null), "assemblies").block();
		this.enrolments.racesToLose.set(1);

		LearningProgress.Completion completion = this.progress
			.completeByAttendance(Viewer.of("goran", List.of("coordinator"), "Ohrid"), enrolment.id(), "Attended")
			.block();

		assertThat(completion.firstTime()).isTrue();
		assertThat(this.enrolments.events).filteredOn(CourseCompleted.class::isInstance).hasSize(1);
	}

	@Test
	void aCertificateIsRecordedOnceAndARepeatChangesNothing() {
		Enrolment enrolment = this.progress.enrol(this.ana, "assemblies").block();
		Certificate certificate = new Certificate("cert-1", "ABCD-1234", NOW);

		assertThat(this.progress.recordCertificate(enrolment.id(), certificate).block()).isTrue();
		Enrolment certified = this.enrolments.findById(enrolment.id()).block();
		assertThat(this.progress
			.recordCertificate(enrolment.id(), new Certificate("cert-2", "EFGH-5678", NOW.plusSeconds(60)))
			.block()).isFalse();

		assertThat(certified.certificate()).isEqualTo(certificate);
		assertThat(certified.isCertified()).isTrue();
		assertThat(this.enrolments.findById(enrolment.id()).block()).isEqualTo(certified);
		assertThat(this.enrolments.events).hasExactlyElementsOfTypes(LearnerEnrolled.class);
	}

	@Test
	void aCertificateOfAnEnrolmentNotKnownHereIsAnError() {
		StepVerifier.create(this.progress.recordCertificate("unknown", new Certificate("cert-1", "ABCD-1234", NOW)))
			.expectError(EnrolmentNotFoundException.class)
			.verify();
	}

	@Test
	void aLostRaceIsRetriedOnceOnTheFreshState() {
		Enrolment enrolment = this.progress.enrol(this.ana, "assemblies").block();
		this.enrolments.racesToLose.set(1);

		LearningProgress.Completion completion = this.progress.completeLesson("ana", enrolment.id(), "intro").block();

		assertThat(completion.firstTime()).isTrue();
		assertThat(completion.enrolment().completedLessons()).isEqualTo(1);
		assertThat(this.enrolments.events).hasExactlyElementsOfTypes(LearnerEnrolled.class, LessonCompleted.class);
	}

	@Test
	void twoLostRacesReachTheCaller() {
		Enrolment enrolment = this.progress.enrol(this.ana, "assemblies").block();
		this.enrolments.racesToLose.set(2);

		StepVerifier.create(this.progress.completeLesson("ana", enrolment.id(), "intro"))
			.expectError(ConcurrentChangeException.class)
			.verify();
		assertThat(this.enrolments.events).hasExactlyElementsOfTypes(LearnerEnrolled.class);
	}

	@Test
	void aFailedAttemptWithAttemptsLeftKeepsTheAnswersHidden() {
		Enrolment enrolment = enrolInQuizzes();

		GradedAttempt graded = attempt(enrolment, List.of("b"), List.of("x")).block();

		assertThat(graded.attempt().attemptNumber()).isEqualTo(1);
		assertThat(graded.attempt().score()).isEqualTo(0);
		assertThat(graded.attempt().passed()).isFalse();
		assertThat(graded.quiz().attemptsLeft()).isEqualTo(1);
		assertThat(graded.answersRevealed()).isFalse();
		assertThat(graded.questions()).allSatisfy((question) -> assertThat(question.correctOptionIds()).isNull());
		assertThat(graded.questions().get(0).feedback())
			.containsExactly(new GradedAttempt.OptionFeedback("b", "Не: членовите не го одредуваат својот мандат."));
		assertThat(graded.language()).isEqualTo("mk");
		assertThat(this.enrolments.events).hasExactlyElementsOfTypes(LearnerEnrolled.class, QuizGraded.class);
	}

	@Test
	void theAnswersAreRevealedOnceNoAttemptIsLeft() {
		Enrolment enrolment = enrolInQuizzes();
		attempt(enrolment, List.of("b"), List.of()).block();

		GradedAttempt last = attempt(enrolment, List.of("b"), List.of("x", "z")).block();

		assertThat(last.quiz().attemptsLeft()).isZero();
		assertThat(last.answersRevealed()).isTrue();
		assertThat(last.questions()).extracting(GradedAttempt.QuestionResult::correctOptionIds)
			.containsExactly(List.of("a"), List.of("x", "y"));
		assertThat(last.questions().get(1).feedback()).extracting(GradedAttempt.OptionFeedback::optionId)
			.containsExactly("x", "z");
	}

	@Test
	void aPassingAttemptRevealsTheAnswersInTheReadersLanguage() {
		Enrolment enrolment = enrolInQuizzes();

		GradedAttempt passed = this.progress
			.attemptQuiz("ana", enrolment.id(), "basics", CourseFixtures.basics(List.of("a"), List.of("y")),
					Arrays.asList("en-GB,en;q=0.9", "mk"))
			.block();

		assertThat(passed.attempt().passed()).isTrue();
		assertThat(passed.answersRevealed()).isTrue();
		assertThat(passed.quiz().attemptsLeft()).isEqualTo(1);
		assertThat(passed.language()).isEqualTo("en");
		assertThat(passed.questions().get(0).feedback())
			.containsExactly(new GradedAttempt.OptionFeedback("a", "Right: the council commits in advance."));
	}

	@Test
	void anAttemptBeyondTheLimitIsRefusedAndNothingIsStored() {
		Enrolment enrolment = enrolInQuizzes();
		attempt(enrolment, List.of("b"), List.of()).block();
		attempt(enrolment, List.of("b"), List.of()).block();
		int updates = this.enrolments.updates.get();

		StepVerifier.create(attempt(enrolment, List.of("a"), List.of("x", "y")))
			.expectError(AttemptLimitReachedException.class)
			.verify();
		assertThat(this.enrolments.updates).hasValue(updates);
		assertThat(this.enrolments.events).hasExactlyElementsOfTypes(LearnerEnrolled.class, QuizGraded.class,
				QuizGraded.class);
	}

	@Test
	void invalidAnswersOrAnUnknownQuizStoreNothing() {
		Enrolment enrolment = enrolInQuizzes();

		StepVerifier
			.create(this.progress.attemptQuiz("ana", enrolment.id(), "basics", Map.of("single", List.of("nope")),
					List.of()))
			.expectError(InvalidAnswersException.class)
			.verify();
		StepVerifier.create(this.progress.attemptQuiz("ana", enrolment.id(), "final", Map.of(), List.of()))
			.expectError(QuizNotFoundException.class)
			.verify();
		StepVerifier.create(this.progress.attemptQuiz("marko", enrolment.id(), "basics", Map.of(), List.of()))
			.expectError(EnrolmentNotFoundException.class)
			.verify();
		assertThat(this.enrolments.updates).hasValue(0);
		assertThat(this.enrolments.events).hasExactlyElementsOfTypes(LearnerEnrolled.class);
	}

	@Test
	void anAttemptThatLosesARaceIsRegradedOnTheFreshStateAndCountsOnce() {
		Enrolment enrolment = enrolInQuizzes();
		this.enrolments.racesToLose.set(1);

		GradedAttempt graded = attempt(enrolment, List.of("a"), List.of()).block();

		assertThat(graded.attempt().attemptNumber()).isEqualTo(1);
		assertThat(this.enrolments.findById(enrolment.id()).block().quiz("basics").attempts()).hasSize(1);
		assertThat(this.enrolments.events).hasExactlyElementsOfTypes(LearnerEnrolled.class, QuizGraded.class);
	}

	private Enrolment enrolInQuizzes() {
		this.courses.add(CourseVersion.of(CourseFixtures.published("quizzes", 1, NOW)));
		return this.progress.enrol(this.ana, "quizzes").block();
	}

	private Mono<GradedAttempt> attempt(Enrolment enrolment, List<String> single, List<String> multiple) {
		return this.progress.attemptQuiz("ana", enrolment.id(), "basics", CourseFixtures.basics(single, multiple),
				Arrays.asList(null, "mk"));
	}

	private static Viewer learner(String id) {
		return Viewer.of(id, List.of("learner"), null);
	}

	private static CourseVersion version(int version, String... lessons) {
		List<CourseVersion.Lesson> list = new ArrayList<>();
		for (String lesson : lessons) {
			list.add(new CourseVersion.Lesson(lesson, lesson.toUpperCase()));
		}
		return new CourseVersion("assemblies", version, "Citizens' assemblies v" + version, "en", list, NOW);
	}

}
