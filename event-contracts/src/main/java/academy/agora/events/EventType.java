package academy.agora.events;

import java.util.Arrays;
import java.util.Optional;

import academy.agora.events.certificate.CertificateIssued;
import academy.agora.events.certificate.CertificateReinstated;
import academy.agora.events.certificate.CertificateReissued;
import academy.agora.events.certificate.CertificateRevoked;
import academy.agora.events.certificate.CertificateSuspended;
import academy.agora.events.course.CoursePublished;
import academy.agora.events.course.CourseRetired;
import academy.agora.events.progress.CohortPlanned;
import academy.agora.events.progress.CourseCompleted;
import academy.agora.events.progress.EnrolmentWithdrawn;
import academy.agora.events.progress.LearnerEnrolled;
import academy.agora.events.progress.LearnerErased;
import academy.agora.events.progress.LessonCompleted;
import academy.agora.events.progress.QuizGraded;

/**
 * Every event type on the bus: its CloudEvents type name, the topic it travels on and the
 * record it maps to. Names follow
 * {@code academy.agora.<service>.<subject>.<action>.v<major>}; an incompatible change is
 * a new constant with the next major version, never an edit.
 */
public enum EventType {

	COURSE_PUBLISHED("academy.agora.course.course.published.v1", Topics.COURSE_EVENTS, CoursePublished.class),

	COURSE_RETIRED("academy.agora.course.course.retired.v1", Topics.COURSE_EVENTS, CourseRetired.class),

	LEARNER_ENROLLED("academy.agora.progress.enrolment.created.v1", Topics.LEARNING_EVENTS, LearnerEnrolled.class),

	LESSON_COMPLETED("academy.agora.progress.lesson.completed.v1", Topics.LEARNING_EVENTS, LessonCompleted.class),

	QUIZ_GRADED("academy.agora.progress.quiz.graded.v1", Topics.LEARNING_EVENTS, QuizGraded.class),

	ENROLMENT_WITHDRAWN("academy.agora.progress.enrolment.withdrawn.v1", Topics.LEARNING_EVENTS,
			EnrolmentWithdrawn.class),

	COHORT_PLANNED("academy.agora.progress.cohort.planned.v1", Topics.LEARNING_EVENTS, CohortPlanned.class),

	COURSE_COMPLETED("academy.agora.progress.course.completed.v1", Topics.LEARNING_EVENTS, CourseCompleted.class),

	LEARNER_ERASED("academy.agora.progress.learner.erased.v1", Topics.LEARNING_EVENTS, LearnerErased.class),

	CERTIFICATE_ISSUED("academy.agora.certificate.certificate.issued.v1", Topics.CERTIFICATE_EVENTS,
			CertificateIssued.class),

	CERTIFICATE_REVOKED("academy.agora.certificate.certificate.revoked.v1", Topics.CERTIFICATE_EVENTS,
			CertificateRevoked.class),

	CERTIFICATE_SUSPENDED("academy.agora.certificate.certificate.suspended.v1", Topics.CERTIFICATE_EVENTS,
			CertificateSuspended.class),

	CERTIFICATE_REINSTATED("academy.agora.certificate.certificate.reinstated.v1", Topics.CERTIFICATE_EVENTS,
			CertificateReinstated.class),

	CERTIFICATE_REISSUED("academy.agora.certificate.certificate.reissued.v1", Topics.CERTIFICATE_EVENTS,
			CertificateReissued.class);

	private final String typeName;

	private final String topic;

	private final Class<? extends Event> recordType;

	EventType(String typeName, String topic, Class<? extends Event> recordType) {
		this.typeName = typeName;
		this.topic = topic;
		this.recordType = recordType;
	}

	public String typeName() {
		return this.typeName;
	}

	public String topic() {
		return this.topic;
	}

	public Class<? extends Event> recordType() {
		return this.recordType;
	}

	public static Optional<EventType> fromTypeName(String typeName) {
		return Arrays.stream(values()).filter((type) -> type.typeName.equals(typeName)).findFirst();
	}

	public static EventType of(Event event) {
		return Arrays.stream(values())
			.filter((type) -> type.recordType == event.getClass())
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Not a registered event: " + event.getClass()));
	}

}
