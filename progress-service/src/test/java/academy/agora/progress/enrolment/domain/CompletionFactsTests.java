package academy.agora.progress.enrolment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import academy.agora.events.course.CoursePublished;
import academy.agora.events.progress.CourseCompleted;
import academy.agora.progress.CourseFixtures;
import academy.agora.progress.courses.domain.CourseVersion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a completion tells the certificate service: the hours and approval of the version
 * the learner follows, their cohort, and, for a completion a coordinator recorded because
 * the learner attended the live sessions, who recorded it and why.
 */
class CompletionFactsTests {

	private static final Instant ENROLLED = Instant.parse("2026-03-02T09:00:00Z");

	private static final Instant LATER = Instant.parse("2026-03-02T10:00:00Z");

	private static final Instant LATEST = Instant.parse("2026-03-03T10:00:00Z");

	private final Learner ana = new Learner("ana", "Ana Petrovska", "Ohrid", null, "mk");

	/** Two lessons, 3 hours, certificates wait for approval. */
	private final CourseVersion approved = version(1, 3, true, "why", "how");

	private final AttendanceRecord ivanasRecord = AttendanceRecord.of("ivana", "Attended all four workshops");

	@Test
	void anEnrolmentKeepsTheHoursAndApprovalOfItsVersion() {
		Enrolment enrolment = enrolled(this.approved, null);

		assertThat(enrolment.estimatedHours()).isEqualTo(3);
		assertThat(enrolment.certificateApproval()).isTrue();
		assertThat(enrolled(version(1, null, false, "why"), null).certificateApproval()).isFalse();
	}

	@Test
	void aCompletionOnlineCarriesTheHoursTheCohortAndWhetherTheCertificateWaitsForApproval() {
		Enrolment.Change last = enrolled(this.approved, "ohrid-spring").completeLesson("why", LATER)
			.enrolment()
			.completeLesson("how", LATEST);

		assertThat(last.events()).last()
			.isEqualTo(new CourseCompleted("e-1", "ana", "Ana Petrovska", "budget", 1, "Participatory budgeting",
					LATEST, "Ohrid", Map.of("en", "Participatory budgeting"), "en",
					new CourseCompleted.ScoreSummary(0, null), "ohrid-spring", 3, true, null, null));
		CourseCompleted selfPaced = (CourseCompleted) enrolled(version(1, null, false, "why"), null)
			.completeLesson("why", LATER)
			.events()
			.get(1);
		assertThat(selfPaced.cohortId()).isNull();
		assertThat(selfPaced.estimatedHours()).isNull();
		assertThat(selfPaced.approvalRequired()).isFalse();
		assertThat(selfPaced.attendance()).isNull();
	}

	@Test
	void aCoordinatorsRecordOfAttendanceCompletesTheCourseWithoutFurtherApproval() {
		Enrolment started = enrolled(this.approved, "ohrid-spring").completeLesson("why", LATER).enrolment();

		Enrolment.Change change = started.completeByAttendance(this.ivanasRecord, LATEST);

		Enrolment completed = change.enrolment();
		assertThat(completed.status()).isEqualTo(Enrolment.Status.COMPLETED);
		assertThat(completed.completedAt()).isEqualTo(LATEST);
		assertThat(completed.attendance()).isEqualTo(this.ivanasRecord);
		assertThat(completed.lastActivityAt()).as("the coordinator's act is no learning activity").isEqualTo(LATER);
		assertThat(completed.completedLessons()).as("the learner's own progress stays as it was").isEqualTo(1);
		assertThat(change.events()).containsExactly(new CourseCompleted("e-1", "ana", "Ana Petrovska", "budget", 1,
				"Participatory budgeting", LATEST, "Ohrid", Map.of("en", "Participatory budgeting"), "en",
				new CourseCompleted.ScoreSummary(0, null), "ohrid-spring", 3, false,
				new CourseCompleted.Attendance("ivana", "Attended all four workshops"), null));
	}

	@Test
	void recordingAttendanceForACompletedEnrolmentChangesNothingAndAnnouncesNothing() {
		Enrolment byAttendance = enrolled(this.approved, null).completeByAttendance(this.ivanasRecord, LATER)
			.enrolment();
		Enrolment online = enrolled(this.approved, null).completeLesson("why", LATER)
			.enrolment()
			.completeLesson("how", LATER)
			.enrolment();

		Enrolment.Change again = byAttendance.completeByAttendance(AttendanceRecord.of("goran", "Again"), LATEST);
		Enrolment.Change afterOnline = online.completeByAttendance(this.ivanasRecord, LATEST);

		assertThat(again.changed()).isFalse();
		assertThat(again.enrolment()).isSameAs(byAttendance);
		assertThat(again.enrolment().attendance().recordedBy()).isEqualTo("ivana");
		assertThat(afterOnline.changed()).isFalse();
		assertThat(afterOnline.enrolment().attendance()).isNull();
		assertThat(byAttendance.completeLesson("why", LATEST).events())
			.as("lessons still count, but the course completes once")
			.noneMatch(CourseCompleted.class::isInstance);
	}

	@Test
	void aWithdrawnEnrolmentCannotBeCompletedByAttendance() {
		Enrolment withdrawn = enrolled(this.approved, null).withdraw(LATER).enrolment();

		assertThatExceptionOfType(EnrolmentWithdrawnException.class)
			.isThrownBy(() -> withdrawn.completeByAttendance(this.ivanasRecord, LATEST));
	}

	@Test
	void theReasonIsTrimmedAndMustBeOneToFiveHundredCharacters() {
		assertThat(AttendanceRecord.of("ivana", "  Attended  \n").reason()).isEqualTo("Attended");
		assertThat(AttendanceRecord.of("ivana", " " + "x".repeat(500) + " ").reason()).hasSize(500);
		for (String bad : new String[] { null, "", "   \t", "x".repeat(501) }) {
			assertThatExceptionOfType(InvalidAttendanceException.class)
				.isThrownBy(() -> AttendanceRecord.of("ivana", bad))
				.satisfies((ex) -> assertThat(ex.field()).isEqualTo("reason"));
		}
	}

	@Test
	void movingToANewerVersionTakesItsHoursAndApproval() {
		Enrolment enrolment = enrolled(this.approved, null).completeLesson("why", LATER).enrolment();

		Enrolment.Change moved = enrolment.moveTo(version(2, 5, false, "why", "how", "what-next"), LATEST);

		assertThat(moved.enrolment().estimatedHours()).isEqualTo(5);
		assertThat(moved.enrolment().certificateApproval()).isFalse();
		CourseCompleted completed = (CourseCompleted) moved.enrolment()
			.completeLesson("how", LATEST)
			.enrolment()
			.completeLesson("what-next", LATEST)
			.events()
			.get(1);
		assertThat(completed.courseVersion()).isEqualTo(2);
		assertThat(completed.estimatedHours()).isEqualTo(5);
		assertThat(completed.approvalRequired()).isFalse();
	}

	@Test
	void aVersionKnowsTheHoursAndApprovalItWasPublishedWith() {
		CoursePublished published = CourseFixtures.published("assemblies", 1, ENROLLED);
		CoursePublished asking = new CoursePublished(published.courseId(), 2, published.title(), published.language(),
				published.lessons(), published.publishedAt(), published.titles(), published.modules(),
				published.quizzes(), published.completionRules(), published.topics(), 8, published.languages(), true);

		assertThat(CourseVersion.of(published).estimatedHours()).isEqualTo(6);
		assertThat(CourseVersion.of(published).certificateApproval()).isFalse();
		assertThat(CourseVersion.of(asking).estimatedHours()).isEqualTo(8);
		assertThat(CourseVersion.of(asking).certificateApproval()).isTrue();
	}

	private Enrolment enrolled(CourseVersion version, String cohortId) {
		return Enrolment.enrol("e-1", this.ana, version, cohortId, ENROLLED).enrolment();
	}

	private static CourseVersion version(int number, Integer hours, boolean approval, String... lessons) {
		List<CourseVersion.Lesson> list = java.util.Arrays.stream(lessons)
			.map((id) -> new CourseVersion.Lesson(id, id.toUpperCase()))
			.toList();
		return new CourseVersion("budget", number, "Participatory budgeting", "en", list, ENROLLED, null, null, null,
				null, null, hours, approval);
	}

}
