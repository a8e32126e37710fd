package academy.agora.certificate.issuing.messaging;

import java.time.Duration;

import academy.agora.certificate.issuing.domain.Attendance;
import academy.agora.certificate.issuing.domain.CertificateIssuing;
import academy.agora.certificate.issuing.domain.CoordinatedCohorts;
import academy.agora.certificate.issuing.domain.Completion;
import academy.agora.events.Topics;
import academy.agora.events.progress.CohortPlanned;
import academy.agora.events.progress.CourseCompleted;
import academy.agora.events.progress.LearnerErased;
import academy.agora.support.messaging.IncomingEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Issues a certificate for every {@code CourseCompleted} on
 * {@value Topics#LEARNING_EVENTS}, erases a learner's certificates on
 * {@code LearnerErased}, and notes who runs each cohort from {@code CohortPlanned} for
 * coordinators' scope; the other event types on that topic are none of this service's
 * business and are skipped. Delivery is at least once, so a completion may arrive again
 * (a redelivery, or a replay under a new event id): it then finds its enrolment's
 * certificate and is acknowledged without issuing another. Both events are keyed by the
 * learner, so a learner's completions and erasure arrive in the order they happened.
 * <p>
 * The listener blocks on the reactive store on purpose (see
 * {@link IncomingEvents#await}).
 */
@Component
class LearningEventsListener {

	private static final Logger logger = LoggerFactory.getLogger(LearningEventsListener.class);

	/** Longer than any healthy write; a timeout fails the record into the retries. */
	private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);

	private final CertificateIssuing issuing;

	LearningEventsListener(CertificateIssuing issuing) {
		this.issuing = issuing;
	}

	@KafkaListener(topics = Topics.LEARNING_EVENTS)
	void onLearningEvent(ConsumerRecord<String, String> record) {
		IncomingEvents.decode(record).ifPresent((event) -> {
			if (event instanceof CourseCompleted completion) {
				issue(completion);
			}
			if (event instanceof CohortPlanned planned) {
				IncomingEvents.await(
						this.issuing.cohortPlanned(new CoordinatedCohorts.Cohort(planned.cohortId(),
								planned.coordinatorId(), planned.municipality(), planned.country())),
						WRITE_TIMEOUT, "cohort " + planned.cohortId());
			}
			if (event instanceof LearnerErased erased) {
				Long erasedNow = IncomingEvents.await(this.issuing.erase(erased.learnerId(), erased.erasedAt()),
						WRITE_TIMEOUT, "the erasure of a learner");
				logger.info("Erasure of {}: {} certificate(s) erased", erased.learnerId(), erasedNow);
			}
		});
	}

	private void issue(CourseCompleted completed) {
		CertificateIssuing.Outcome outcome = IncomingEvents.await(this.issuing.issue(completion(completed)),
				WRITE_TIMEOUT, "the certificate of enrolment " + completed.enrolmentId());
		if (outcome == null) {
			logger.info("Completion of enrolment {} ignored: its learner was erased since", completed.enrolmentId());
		}
		else if (outcome.newlyIssued()) {
			logger.info("Certificate {} for enrolment {} is {}", outcome.certificate().id(), completed.enrolmentId(),
					outcome.certificate().status());
		}
		else {
			logger.info("Enrolment {} already has certificate {}; completion acknowledged as done",
					completed.enrolmentId(), outcome.certificate().id());
		}
	}

	static Completion completion(CourseCompleted completed) {
		CourseCompleted.Attendance attendance = completed.attendance();
		return new Completion(completed.enrolmentId(), completed.learnerId(), completed.learnerName(),
				completed.municipality(), completed.country(), completed.cohortId(), completed.courseId(),
				completed.courseVersion(), completed.courseTitle(), completed.courseTitles(), completed.language(),
				completed.estimatedHours(), completed.completedAt(), completed.requiresApproval(),
				(attendance != null) ? new Attendance(attendance.recordedBy(), attendance.reason()) : null);
	}

}
