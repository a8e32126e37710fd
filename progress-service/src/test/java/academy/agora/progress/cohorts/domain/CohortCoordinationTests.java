package academy.agora.progress.cohorts.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import academy.agora.events.progress.CohortPlanned;
import academy.agora.events.progress.CourseCompleted;
import academy.agora.events.progress.LearnerEnrolled;
import academy.agora.events.progress.LessonCompleted;
import academy.agora.progress.courses.domain.CourseVersion;
import academy.agora.progress.courses.domain.InMemoryCourseVersions;
import academy.agora.progress.enrolment.domain.AlreadyInAnotherCohortException;
import academy.agora.progress.enrolment.domain.CourseNotFoundException;
import academy.agora.progress.enrolment.domain.CourseRetiredException;
import academy.agora.progress.enrolment.domain.Enrolment;
import academy.agora.progress.enrolment.domain.InMemoryEnrolments;
import academy.agora.progress.enrolment.domain.InvalidAttendanceException;
import academy.agora.progress.enrolment.domain.Learner;
import academy.agora.progress.enrolment.domain.LearningProgress;
import academy.agora.progress.enrolment.domain.Scopes;
import academy.agora.support.access.Viewer;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class CohortCoordinationTests {

	private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	private static final LocalDate TODAY = LocalDate.parse("2026-03-02");

	private final InMemoryCohorts cohorts = new InMemoryCohorts();

	private final InMemoryCourseVersions courses = new InMemoryCourseVersions();

	private final InMemoryEnrolments enrolments = new InMemoryEnrolments();

	private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	private final LearningProgress progress = new LearningProgress(this.enrolments, this.courses,
			new Scopes(this.cohorts), this.clock);

	private final CohortCoordination coordination = new CohortCoordination(this.cohorts, this.courses, this.enrolments,
			this.progress, new Random(7), this.clock);

	private final Random codes = new Random(11);

	private final Viewer ivana = Viewer.of("ivana", List.of("coordinator"), "Zagreb");

	private final Learner ana = new Learner("ana", "Ана Петровска", "Охрид", null, "mk");

	CohortCoordinationTests() {
		this.courses.add(new CourseVersion("assemblies", 1, "Citizens' assemblies", "en",
				List.of(new CourseVersion.Lesson("intro", "Intro"), new CourseVersion.Lesson("lottery", "Lottery")),
				NOW));
		this.courses.add(new CourseVersion("assemblies", 2, "Citizens' assemblies, revised", "en",
				List.of(new CourseVersion.Lesson("intro", "Intro")), NOW));
	}

	@Test
	void planningACohortGivesItAJoinCodeAndTheLatestTitle() {
		Cohort cohort = this.coordination.plan(this.ivana, plan(TODAY.plusDays(30))).block();

		assertThat(cohort.joinCode()).hasSize(8);
		assertThat(cohort.courseTitle()).isEqualTo("Citizens' assemblies, revised");
		assertThat(cohort.municipality()).isEqualTo("Zagreb");
		assertThat(this.cohorts.stored).containsValue(cohort);
	}

	@Test
	void planningACohortAnnouncesWhoRunsItInTheSameWrite() {
		Cohort cohort = this.coordination.plan(this.ivana, plan(TODAY.plusDays(30))).block();

		assertThat(this.cohorts.events).containsExactly(new CohortPlanned(cohort.id(), "assemblies", "Zagreb, spring",
				"Zagreb", TODAY, TODAY.plusDays(30), "ivana", NOW, null));
		assertThat(this.cohorts.events.get(0).key()).isEqualTo(cohort.id());
	}

	@Test
	void aPlanWithATakenCodeIsAnnouncedOnceWithTheCodeThatWasStored() {
		this.cohorts.codesTaken.set(1);

		this.coordination.plan(this.ivana, plan(TODAY.plusDays(30))).block();

		assertThat(this.cohorts.events).hasSize(1);
	}

	@Test
	void aTakenJoinCodeIsDrawnAgain() {
		this.cohorts.codesTaken.set(2);

		Cohort cohort = this.coordination.plan(this.ivana, plan(TODAY.plusDays(30))).block();

		assertThat(this.cohorts.inserts).hasValue(3);
		assertThat(this.cohorts.stored).containsOnlyKeys(cohort.id());
	}

	@Test
	void drawingGivesUpAfterFiveTakenCodes() {
		this.cohorts.codesTaken.set(5);

		StepVerifier.create(this.coordination.plan(this.ivana, plan(TODAY.plusDays(30))))
			.expectError(DuplicateJoinCodeException.class)
			.verify();
		assertThat(this.cohorts.stored).isEmpty();
	}

	@Test
	void aCohortIsOnlyForAPublishedCourseThatIsNotRetired() {
		StepVerifier
			.create(this.coordination.plan(this.ivana,
					new CohortPlan("unknown", "Zagreb", TODAY, TODAY.plusDays(1), null)))
			.expectError(CourseNotFoundException.class)
			.verify();
		this.courses.retire("assemblies", NOW).block();
		StepVerifier.create(this.coordination.plan(this.ivana, plan(TODAY.plusDays(30))))
			.expectError(CourseRetiredException.class)
			.verify();
		StepVerifier.create(this.coordination.plan(this.ivana, plan(TODAY.minusDays(1))))
			.expectError(InvalidCohortException.class)
			.verify();
		assertThat(this.cohorts.stored).isEmpty();
	}

	@Test
	void joiningEnrolsInTheLatestVersionAndAnnouncesTheCohort() {
		Cohort cohort = cohort(TODAY.plusDays(30));

		CohortCoordination.Membership joined = this.coordination.join(this.ana, display(cohort.joinCode())).block();

		assertThat(joined.outcome()).isEqualTo(CohortCoordination.Membership.Outcome.ENROLLED);
		assertThat(joined.enrolment().cohortId()).isEqualTo(cohort.id());
		assertThat(joined.enrolment().courseVersion()).isEqualTo(2);
		assertThat(this.enrolments.events).singleElement()
			.isInstanceOfSatisfying(LearnerEnrolled.class,
					(event) -> assertThat(event.cohortId()).isEqualTo(cohort.id()));
	}

	@Test
	void joiningAgainAfterWithdrawingReactivatesTheSameEnrolment() {
		Cohort cohort = cohort(TODAY.plusDays(30));
		Enrolment first = this.coordination.join(this.ana, cohort.joinCode()).block().enrolment();
		this.progress.withdraw("ana", first.id()).block();

		CohortCoordination.Membership again = this.coordination.join(this.ana, cohort.joinCode()).block();

		assertThat(again.outcome()).isEqualTo(CohortCoordination.Membership.Outcome.ALREADY_MEMBER);
		assertThat(again.enrolment().id()).isEqualTo(first.id());
		assertThat(again.enrolment().status()).isEqualTo(Enrolment.Status.IN_PROGRESS);
		assertThat(again.enrolment().withdrawnAt()).isNull();
		assertThat(this.enrolments.events).hasSize(2);
	}

	@Test
	void joiningTwiceAnswersTheSameEnrolmentAndChangesNothing() {
		Cohort cohort = cohort(TODAY.plusDays(30));
		Enrolment first = this.coordination.join(this.ana, cohort.joinCode()).block().enrolment();

		CohortCoordination.Membership again = this.coordination.join(this.ana, cohort.joinCode().toLowerCase()).block();

		assertThat(again.outcome()).isEqualTo(CohortCoordination.Membership.Outcome.ALREADY_MEMBER);
		assertThat(again.enrolment()).isEqualTo(first);
		assertThat(this.enrolments.updates).hasValue(0);
		assertThat(this.enrolments.events).hasSize(1);
	}

	@Test
	void aSelfPacedLearnerJoiningKeepsTheirEnrolmentAndProgress() {
		Enrolment own = this.progress.enrol(this.ana, "assemblies").block();
		this.progress.completeLesson("ana", own.id(), "intro").block();
		Cohort cohort = cohort(TODAY.plusDays(30));

		CohortCoordination.Membership joined = this.coordination.join(this.ana, cohort.joinCode()).block();

		assertThat(joined.outcome()).isEqualTo(CohortCoordination.Membership.Outcome.ATTACHED);
		assertThat(joined.enrolment().id()).isEqualTo(own.id());
		assertThat(joined.enrolment().cohortId()).isEqualTo(cohort.id());
		assertThat(joined.enrolment().completedLessons()).isEqualTo(1);
		assertThat(this.enrolments.stored.get(own.id()).cohortId()).isEqualTo(cohort.id());
		assertThat(this.enrolments.events).as("joining announces nothing")
			.hasExactlyElementsOfTypes(LearnerEnrolled.class, LessonCompleted.class, CourseCompleted.class);
	}

	@Test
	void aClosedCohortTakesNoNewMembersButItsMembersAreStillIn() {
		Cohort open = cohort(TODAY);
		Enrolment member = this.coordination.join(this.ana, open.joinCode()).block().enrolment();
		Cohort closed = cohort(TODAY.minusDays(1));
		Learner marko = new Learner("marko", "Marko", "Kragujevac", null, null);
		Enrolment own = this.progress.enrol(new Learner("elena", "Elena", "Ohrid", null, null), "assemblies").block();

		StepVerifier.create(this.coordination.join(marko, closed.joinCode()))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CohortClosedException.class)
				.hasMessageContaining(TODAY.minusDays(1).toString()))
			.verify();
		StepVerifier
			.create(this.coordination.join(new Learner("elena", "Elena", "Ohrid", null, null), closed.joinCode()))
			.expectError(CohortClosedException.class)
			.verify();
		assertThat(this.enrolments.findByLearner("marko").collectList().block()).isEmpty();
		assertThat(this.enrolments.stored.get(own.id()).cohortId()).isNull();

		Clock later = Clock.fixed(NOW.plusSeconds(86400 * 3), ZoneOffset.UTC);
		CohortCoordination afterwards = new CohortCoordination(this.cohorts, this.courses, this.enrolments,
				this.progress, new Random(), later);
		CohortCoordination.Membership stillIn = afterwards.join(this.ana, open.joinCode()).block();
		assertThat(stillIn.outcome()).isEqualTo(CohortCoordination.Membership.Outcome.ALREADY_MEMBER);
		assertThat(stillIn.enrolment().id()).isEqualTo(member.id());
	}

	@Test
	void aLearnerFollowsACourseInOneCohortOnly() {
		Cohort first = cohort(TODAY.plusDays(30));
		Cohort second = cohort(TODAY.plusDays(60));
		Enrolment enrolment = this.coordination.join(this.ana, first.joinCode()).block().enrolment();

		StepVerifier.create(this.coordination.join(this.ana, second.joinCode()))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(AlreadyInAnotherCohortException.class,
					(other) -> assertThat(other.enrolmentId()).isEqualTo(enrolment.id())))
			.verify();
		assertThat(this.enrolments.stored.get(enrolment.id()).cohortId()).isEqualTo(first.id());
	}

	@Test
	void aMalformedOrUnknownCodeJoinsNothing() {
		cohort(TODAY.plusDays(30));

		StepVerifier.create(this.coordination.join(this.ana, "oops"))
			.expectError(InvalidJoinCodeException.class)
			.verify();
		StepVerifier.create(this.coordination.join(this.ana, "0000-0000"))
			.expectError(CohortNotFoundException.class)
			.verify();
		assertThat(this.enrolments.stored).isEmpty();
	}

	@Test
	void aLostRaceIsRetriedOnTheFreshState() {
		Enrolment own = this.progress.enrol(this.ana, "assemblies").block();
		Cohort cohort = cohort(TODAY.plusDays(30));
		this.enrolments.racesToLose.set(1);

		CohortCoordination.Membership joined = this.coordination.join(this.ana, cohort.joinCode()).block();

		assertThat(joined.outcome()).isEqualTo(CohortCoordination.Membership.Outcome.ATTACHED);
		assertThat(joined.enrolment().id()).isEqualTo(own.id());
		assertThat(this.enrolments.updates).hasValue(2);
	}

	@Test
	void coordinatorsSeeTheCohortsTheyRunAndTheirMembersOnly() {
		Cohort ivanas = cohort(TODAY.plusDays(30));
		Cohort ohrid = new Cohort("ohrid", "Охрид", "assemblies", "T", "Охрид", null, TODAY, TODAY.plusDays(30),
				JoinCode.generate(this.codes), "admin", NOW);
		this.cohorts.add(ohrid);
		this.coordination.join(this.ana, ivanas.joinCode()).block();

		assertThat(this.coordination.visibleTo(this.ivana).collectList().block()).containsExactly(ivanas);
		assertThat(this.coordination.visibleTo(Viewer.of("admin", List.of("admin"), null)).collectList().block())
			.containsExactlyInAnyOrder(ivanas, ohrid);
		assertThat(this.coordination.visibleTo(Viewer.of("ana", List.of("learner"), "Zagreb")).collectList().block())
			.isEmpty();
		assertThat(this.coordination.members(this.ivana, ivanas.id()).collectList().block())
			.extracting(Enrolment::learnerName)
			.containsExactly("Ана Петровска");
		StepVerifier.create(this.coordination.members(this.ivana, ohrid.id()))
			.expectError(CohortNotFoundException.class)
			.verify();
		StepVerifier.create(this.coordination.find(this.ivana, "no-such-cohort"))
			.expectError(CohortNotFoundException.class)
			.verify();
	}

	@Test
	void completingByAttendanceNamesEveryMemberOrTheOnesAskedForInTheOrderOfTheList() {
		Cohort cohort = cohort(TODAY.plusDays(30));
		List<String> members = List.of("ana", "marko", "elena")
			.stream()
			.map((id) -> this.coordination.join(new Learner(id, id.toUpperCase(), null, null, null), cohort.joinCode())
				.block()
				.enrolment()
				.id())
			.toList();

		assertThat(this.coordination.membersToCompleteByAttendance(this.ivana, cohort.id(), "Attended", null).block())
			.containsExactly(members.get(0), members.get(2), members.get(1));
		assertThat(this.coordination
			.membersToCompleteByAttendance(this.ivana, cohort.id(), "Attended",
					List.of(members.get(1), members.get(0), members.get(1)))
			.block()).containsExactly(members.get(0), members.get(1));
		assertThat(this.coordination
			.membersToCompleteByAttendance(Viewer.of("admin", List.of("admin"), null), cohort.id(), "Attended",
					List.of())
			.block()).hasSize(3);
	}

	@Test
	void completingByAttendanceIsRefusedForStrangersACohortOutOfSightOrWithoutAReason() {
		Cohort cohort = cohort(TODAY.plusDays(30));
		String member = this.coordination.join(this.ana, cohort.joinCode()).block().enrolment().id();
		Viewer goran = Viewer.of("goran", List.of("coordinator"), "Ohrid");

		StepVerifier
			.create(this.coordination.membersToCompleteByAttendance(this.ivana, cohort.id(), "Attended",
					List.of(member, "someone-else")))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(NotCohortMembersException.class,
					(strangers) -> assertThat(strangers.enrolmentIds()).containsExactly("someone-else")))
			.verify();
		StepVerifier.create(this.coordination.membersToCompleteByAttendance(goran, cohort.id(), "Attended", null))
			.expectError(CohortNotFoundException.class)
			.verify();
		StepVerifier.create(this.coordination.membersToCompleteByAttendance(this.ivana, "nope", " ", null))
			.expectError(InvalidAttendanceException.class)
			.verify();
	}

	private Cohort cohort(LocalDate endsOn) {
		Cohort cohort = new Cohort("cohort-" + this.cohorts.stored.size(), "Cohort ending " + endsOn, "assemblies",
				"Citizens' assemblies", "Zagreb", null, endsOn.minusDays(60), endsOn, JoinCode.generate(this.codes),
				"ivana", NOW);
		this.cohorts.add(cohort);
		return cohort;
	}

	private static CohortPlan plan(LocalDate endsOn) {
		return new CohortPlan("assemblies", "Zagreb, spring", TODAY, endsOn, null);
	}

	private static String display(String code) {
		return code.substring(0, 4).toLowerCase() + "-" + code.substring(4);
	}

}
