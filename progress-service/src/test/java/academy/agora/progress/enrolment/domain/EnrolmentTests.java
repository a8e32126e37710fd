package academy.agora.progress.enrolment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import academy.agora.events.progress.CourseCompleted;
import academy.agora.events.progress.EnrolmentWithdrawn;
import academy.agora.events.progress.LearnerEnrolled;
import academy.agora.events.progress.LessonCompleted;
import academy.agora.progress.courses.domain.CourseVersion;
import academy.agora.support.access.Scope;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EnrolmentTests {

	private static final Instant ENROLLED = Instant.parse("2026-03-02T09:00:00Z");

	private static final Instant LATER = Instant.parse("2026-03-02T10:00:00Z");

	private static final Instant LATEST = Instant.parse("2026-03-03T10:00:00Z");

	private final Learner ana = new Learner("ana", "Ana Petrović", "Novi Sad", null, "sr-Latn");

	private final CourseVersion lottery = new CourseVersion("civic-lottery", 3, "Running a civic lottery", "sr-Latn",
			List.of(new CourseVersion.Lesson("why", "Why sortition"), new CourseVersion.Lesson("how", "Drawing lots")),
			ENROLLED);

	@Test
	void enrollingFollowsTheLessonsOfTheVersionAndAnnouncesTheEnrolment() {
		Enrolment.Change change = Enrolment.enrol("e-1", this.ana, this.lottery, ENROLLED);

		Enrolment enrolment = change.enrolment();
		assertThat(enrolment.courseVersion()).isEqualTo(3);
		assertThat(enrolment.courseTitle()).isEqualTo("Running a civic lottery");
		assertThat(enrolment.learnerName()).isEqualTo("Ana Petrović");
		assertThat(enrolment.municipality()).isEqualTo("Novi Sad");
		assertThat(enrolment.lessons()).extracting(LessonProgress::lessonId).containsExactly("why", "how");
		assertThat(enrolment.lessons()).noneMatch(LessonProgress::completed);
		assertThat(enrolment.status()).isEqualTo(Enrolment.Status.IN_PROGRESS);
		assertThat(enrolment.percentComplete()).isZero();
		assertThat(change.events()).containsExactly(new LearnerEnrolled("e-1", "ana", "civic-lottery", 3, ENROLLED));
		assertThat(enrolment.language()).isEqualTo("sr-Latn");
		assertThat(enrolment.completionRules().requiredLessonIds()).containsExactly("why", "how");
		assertThat(enrolment.quizzes()).isEmpty();
		assertThat(enrolment.moduleProgress()).isEmpty();
		assertThat(enrolment.nextLesson().lessonId()).isEqualTo("why");
	}

	@Test
	void completingALessonRecordsWhenAndAnnouncesIt() {
		Enrolment.Change change = enrolled().completeLesson("why", LATER);

		assertThat(change.changed()).isTrue();
		assertThat(change.enrolment().lessons().get(0).completedAt()).isEqualTo(LATER);
		assertThat(change.enrolment().status()).isEqualTo(Enrolment.Status.IN_PROGRESS);
		assertThat(change.enrolment().completedAt()).isNull();
		assertThat(change.events())
			.containsExactly(new LessonCompleted("e-1", "ana", "civic-lottery", 3, "why", LATER));
	}

	@Test
	void completingALessonAgainChangesNothingAndAnnouncesNothing() {
		Enrolment once = enrolled().completeLesson("why", LATER).enrolment();

		Enrolment.Change again = once.completeLesson("why", LATEST);

		assertThat(again.changed()).isFalse();
		assertThat(again.events()).isEmpty();
		assertThat(again.enrolment()).isEqualTo(once);
		assertThat(again.enrolment().lessons().get(0).completedAt()).isEqualTo(LATER);
	}

	@Test
	void completingTheLastLessonCompletesTheCourseOnce() {
		Enrolment.Change last = enrolled().completeLesson("how", LATER).enrolment().completeLesson("why", LATEST);

		assertThat(last.enrolment().status()).isEqualTo(Enrolment.Status.COMPLETED);
		assertThat(last.enrolment().completedAt()).isEqualTo(LATEST);
		assertThat(last.events()).containsExactly(new LessonCompleted("e-1", "ana", "civic-lottery", 3, "why", LATEST),
				new CourseCompleted("e-1", "ana", "Ana Petrović", "civic-lottery", 3, "Running a civic lottery", LATEST,
						"Novi Sad", Map.of("sr-Latn", "Running a civic lottery"), "sr-Latn",
						new CourseCompleted.ScoreSummary(0, null), null, null, false, null, null));
		assertThat(last.enrolment().nextLesson()).isNull();

		Enrolment completed = last.enrolment();
		assertThat(completed.completeLesson("why", LATEST.plusSeconds(60)).events()).isEmpty();
		assertThat(completed.completeLesson("how", LATEST.plusSeconds(60)).events()).isEmpty();
	}

	@Test
	void completingALessonTheVersionDoesNotHaveIsRejected() {
		assertThatExceptionOfType(LessonNotFoundException.class)
			.isThrownBy(() -> enrolled().completeLesson("budgeting", LATER))
			.withMessageContaining("budgeting")
			.withMessageContaining("Version 3");
	}

	@Test
	void percentCompleteRoundsDownSoThatOnlyEveryLessonMakesAHundred() {
		CourseVersion three = new CourseVersion("budget", 1, "Participatory budgeting", "en",
				List.of(new CourseVersion.Lesson("a", "A"), new CourseVersion.Lesson("b", "B"),
						new CourseVersion.Lesson("c", "C")),
				ENROLLED);
		Enrolment enrolment = Enrolment.enrol("e-2", this.ana, three, ENROLLED).enrolment();

		enrolment = enrolment.completeLesson("a", LATER).enrolment();
		assertThat(enrolment.percentComplete()).isEqualTo(33);
		enrolment = enrolment.completeLesson("b", LATER).enrolment();
		assertThat(enrolment.percentComplete()).isEqualTo(66);
		assertThat(enrolment.completedLessons()).isEqualTo(2);
		assertThat(enrolment.totalLessons()).isEqualTo(3);
		enrolment = enrolment.completeLesson("c", LATER).enrolment();
		assertThat(enrolment.percentComplete()).isEqualTo(100);
	}

	@Test
	void aScopeIncludesEnrolmentsOfItsPlaceAndItsCohorts() {
		Enrolment selfPaced = enrolled();
		Enrolment inCohort = Enrolment
			.enrol("e-2", new Learner("marko", "Marko", "Kragujevac", "rs", null), this.lottery, "zagreb-spring",
					ENROLLED)
			.enrolment();

		assertThat(inCohort.country()).isEqualTo("RS");
		assertThat(selfPaced.isIn(Scope.EVERYTHING)).isTrue();
		assertThat(selfPaced.isIn(Scope.NOTHING)).isFalse();
		assertThat(selfPaced.isIn(new Scope(false, null, "Novi Sad", Set.of()))).isTrue();
		assertThat(selfPaced.isIn(new Scope(false, null, " novi SAD ", Set.of()))).isTrue();
		assertThat(selfPaced.isIn(new Scope(false, null, "Zagreb", Set.of("zagreb-spring")))).isFalse();
		assertThat(inCohort.isIn(new Scope(false, null, "Zagreb", Set.of("zagreb-spring")))).isTrue();
		assertThat(inCohort.isIn(new Scope(false, "RS", null, Set.of()))).isTrue();
		assertThat(inCohort.isIn(new Scope(false, "HR", "Zagreb", Set.of()))).isFalse();
		assertThat(selfPaced.isOwnedBy("marko")).isFalse();
	}

	@Test
	void aBlankMunicipalityClaimMeansNone() {
		assertThat(new Learner("x", "X", "  ", null, null).municipality()).isNull();
		assertThat(new Learner("x", "X", " Ohrid ", null, null).municipality()).isEqualTo("Ohrid");
	}

	@Test
	void enrollingWithACohortAnnouncesTheCohort() {
		Enrolment.Change change = Enrolment.enrol("e-1", this.ana, this.lottery, "ohrid-spring", ENROLLED);

		assertThat(change.enrolment().cohortId()).isEqualTo("ohrid-spring");
		assertThat(change.enrolment().isInCohort("ohrid-spring")).isTrue();
		assertThat(change.events())
			.containsExactly(new LearnerEnrolled("e-1", "ana", "civic-lottery", 3, ENROLLED, "ohrid-spring"));
		assertThat(enrolled().cohortId()).isNull();
	}

	@Test
	void aSelfPacedEnrolmentJoinsACohortKeepingItsProgress() {
		Enrolment progressed = enrolled().completeLesson("why", LATER).enrolment();

		Enrolment joined = progressed.joinCohort("ohrid-spring");

		assertThat(joined.cohortId()).isEqualTo("ohrid-spring");
		assertThat(joined.lessons()).isEqualTo(progressed.lessons());
		assertThat(joined.lastActivityAt()).as("joining is no learning activity").isEqualTo(LATER);
		assertThat(joined.revision()).isEqualTo(progressed.revision());
		assertThat(joined.joinCohort("ohrid-spring")).isSameAs(joined);
		assertThatExceptionOfType(AlreadyInAnotherCohortException.class)
			.isThrownBy(() -> joined.joinCohort("tirana-autumn"))
			.satisfies((ex) -> assertThat(ex.enrolmentId()).isEqualTo("e-1"));
	}

	@Test
	void theLastActivityIsTheLatestEnrolmentCompletionOrAttempt() {
		Enrolment enrolment = enrolled();
		assertThat(enrolment.lastActivityAt()).isEqualTo(ENROLLED);

		enrolment = enrolment.completeLesson("why", LATEST).enrolment();
		assertThat(enrolment.lastActivityAt()).isEqualTo(LATEST);

		enrolment = enrolment.completeLesson("why", LATEST.plusSeconds(60)).enrolment();
		assertThat(enrolment.lastActivityAt()).as("a repeat changes nothing").isEqualTo(LATEST);
	}

	@Test
	void withdrawingKeepsTheProgressAndAnnouncesItOnce() {
		Enrolment started = enrolled().completeLesson("why", LATER).enrolment();

		Enrolment.Change change = started.withdraw(LATEST);
		Enrolment withdrawn = change.enrolment();

		assertThat(withdrawn.status()).isEqualTo(Enrolment.Status.WITHDRAWN);
		assertThat(withdrawn.isWithdrawn()).isTrue();
		assertThat(withdrawn.withdrawnAt()).isEqualTo(LATEST);
		assertThat(withdrawn.completedLessons()).isEqualTo(1);
		assertThat(withdrawn.lastActivityAt()).isEqualTo(LATER);
		assertThat(change.events()).containsExactly(new EnrolmentWithdrawn("e-1", "ana", "civic-lottery", 3, LATEST));
		Enrolment.Change again = withdrawn.withdraw(LATEST.plusSeconds(60));
		assertThat(again.changed()).isFalse();
		assertThat(again.enrolment()).isEqualTo(withdrawn);
	}

	@Test
	void aWithdrawnEnrolmentRefusesCompletionsAndAttempts() {
		Enrolment withdrawn = enrolled().completeLesson("why", LATER).enrolment().withdraw(LATEST).enrolment();

		assertThatExceptionOfType(EnrolmentWithdrawnException.class)
			.isThrownBy(() -> withdrawn.completeLesson("how", LATEST));
		assertThatExceptionOfType(EnrolmentWithdrawnException.class)
			.isThrownBy(() -> withdrawn.completeLesson("why", LATEST));
		assertThatExceptionOfType(EnrolmentWithdrawnException.class)
			.isThrownBy(() -> withdrawn.quizOpenForAnAttempt("any"));
	}

	@Test
	void aCompletedEnrolmentCannotBeWithdrawn() {
		Enrolment completed = enrolled().completeLesson("why", LATER)
			.enrolment()
			.completeLesson("how", LATER)
			.enrolment();

		assertThatExceptionOfType(EnrolmentCompletedException.class).isThrownBy(() -> completed.withdraw(LATEST));
	}

	@Test
	void reactivatingAWithdrawnEnrolmentKeepsItsProgressAndAnnouncesNothing() {
		Enrolment started = enrolled().completeLesson("why", LATER).enrolment();
		Enrolment reactivated = started.withdraw(LATEST).enrolment().reactivate();

		assertThat(reactivated.status()).isEqualTo(Enrolment.Status.IN_PROGRESS);
		assertThat(reactivated.withdrawnAt()).isNull();
		assertThat(reactivated).isEqualTo(started);
		assertThat(started.reactivate()).isSameAs(started);
		assertThat(reactivated.completeLesson("how", LATEST).enrolment().status())
			.isEqualTo(Enrolment.Status.COMPLETED);
	}

	private Enrolment enrolled() {
		return Enrolment.enrol("e-1", this.ana, this.lottery, ENROLLED).enrolment();
	}

}
