package academy.agora.progress.enrolment.domain;

import java.time.Instant;
import java.util.List;

import academy.agora.events.Event;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where enrolments are kept. Each write stores the enrolment and the events it caused
 * together.
 */
public interface Enrolments {

	/**
	 * Stores a new enrolment, unless the learner is enrolled in the course already. The
	 * store itself enforces one enrolment per learner and course, so two concurrent
	 * requests cannot both succeed.
	 * @param enrolment the new enrolment
	 * @param events the events its creation caused
	 * @return the stored enrolment, or an {@link AlreadyEnrolledException} naming the
	 * existing one
	 */
	Mono<Enrolment> insert(Enrolment enrolment, List<? extends Event> events);

	Mono<Enrolment> findById(String id);

	Flux<Enrolment> findByLearner(String learnerId);

	/**
	 * The learner's enrolment in a course, if they have one; there is at most one.
	 * @param learnerId the learner
	 * @param courseId the course
	 * @return the enrolment, or empty
	 */
	Mono<Enrolment> findByLearnerAndCourse(String learnerId, String courseId);

	/**
	 * The members of a cohort, by name.
	 * @param cohortId the cohort
	 * @return its members' enrolments
	 */
	Flux<Enrolment> findByCohort(String cohortId);

	/**
	 * Stores a changed enrolment if nobody else changed it since it was read.
	 * @param enrolment the enrolment, with the revision it was read at
	 * @param events the events the change caused
	 * @return the stored enrolment with its new revision, or a
	 * {@link ConcurrentChangeException}
	 */
	Mono<Enrolment> update(Enrolment enrolment, List<? extends Event> events);

	/**
	 * Records the certificate issued for an enrolment, unless it has one already: one
	 * conditional write, so a redelivered or replayed announcement changes nothing.
	 * @param enrolmentId the enrolment
	 * @param certificate the certificate
	 * @return {@code true} if it was recorded, {@code false} if the enrolment had a
	 * certificate already or does not exist
	 */
	Mono<Boolean> certify(String enrolmentId, Certificate certificate);

	/**
	 * Records a change of the enrolment's certificate (a new status, or a new code after
	 * a re-issue) in one conditional write: only if the enrolment holds that certificate
	 * and it differs, so a redelivered announcement changes nothing.
	 * @param enrolmentId the enrolment
	 * @param certificate the certificate as it is now
	 * @return {@code true} if it was recorded, {@code false} if nothing changed or the
	 * enrolment does not hold that certificate
	 */
	Mono<Boolean> recertify(String enrolmentId, Certificate certificate);

	/**
	 * Deletes a learner's enrolments made up to a moment, with everything recorded on
	 * them.
	 * @param learnerId the learner
	 * @param enrolledUpTo the last moment of enrolment to delete
	 * @return how many were deleted
	 */
	Mono<Long> deleteByLearner(String learnerId, Instant enrolledUpTo);

}
