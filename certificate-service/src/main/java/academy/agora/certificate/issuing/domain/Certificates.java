package academy.agora.certificate.issuing.domain;

import java.time.Instant;
import java.util.List;

import academy.agora.events.Event;
import academy.agora.support.access.Scope;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where certificates are kept. A certificate and the events its change caused are stored
 * in one write.
 */
public interface Certificates {

	/**
	 * Stores a new certificate unless its enrolment already has one.
	 * @param certificate the new certificate
	 * @param events the events its issue caused
	 * @return {@code true} if it was stored, {@code false} if the enrolment already had a
	 * certificate (nothing was written), or a {@link VerificationCodeTakenException} if
	 * another certificate has the same code
	 */
	Mono<Boolean> insertIfFirstForEnrolment(Certificate certificate, List<? extends Event> events);

	/**
	 * Stores a changed certificate if nobody else changed it since it was read.
	 * @param certificate the certificate, with the revision it was read at
	 * @param events the events the change caused
	 * @return the stored certificate with its new revision, a
	 * {@link ConcurrentChangeException}, or a {@link VerificationCodeTakenException} if a
	 * new code is another certificate's
	 */
	Mono<Certificate> update(Certificate certificate, List<? extends Event> events);

	Mono<Certificate> findById(String id);

	Mono<Certificate> findByEnrolmentId(String enrolmentId);

	/**
	 * The certificate a code was issued under, the current code or an earlier one.
	 * @param code the code
	 * @return the certificate, or empty
	 */
	Mono<Certificate> findByVerificationCode(VerificationCode code);

	/**
	 * A learner's certificates, the newest first.
	 * @param learnerId the learner's subject
	 * @return the certificates
	 */
	Flux<Certificate> findByLearnerId(String learnerId);

	/**
	 * Certificates for staff to work on, the oldest completion first.
	 * @param filter what to list
	 * @param scope whose certificates the viewer may see
	 * @return the certificates
	 */
	Flux<Certificate> find(CertificateFilter filter, Scope scope);

	/**
	 * The learner's certificates of completions up to a moment, for an erasure.
	 * @param learnerId the learner
	 * @param completedUpTo the last moment of completion
	 * @return the certificates
	 */
	Flux<Certificate> findByLearnerCompletedUpTo(String learnerId, Instant completedUpTo);

}
