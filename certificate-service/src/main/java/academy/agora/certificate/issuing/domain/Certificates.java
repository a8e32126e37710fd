package academy.agora.certificate.issuing.domain;

import java.util.List;

import academy.agora.events.Event;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where certificates are kept. A certificate and the events its issue caused are stored
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

	Mono<Certificate> findByEnrolmentId(String enrolmentId);

	Mono<Certificate> findByVerificationCode(VerificationCode code);

	/**
	 * A learner's certificates, the newest first.
	 * @param learnerId the learner's subject
	 * @return the certificates
	 */
	Flux<Certificate> findByLearnerId(String learnerId);

}
