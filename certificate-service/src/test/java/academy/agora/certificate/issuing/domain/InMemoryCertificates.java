package academy.agora.certificate.issuing.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import academy.agora.events.Event;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps certificates the way the MongoDB store does, unique enrolment and code included.
 */
class InMemoryCertificates implements Certificates {

	final Map<String, Certificate> byId = new LinkedHashMap<>();

	final List<Event> events = new ArrayList<>();

	@Override
	public synchronized Mono<Boolean> insertIfFirstForEnrolment(Certificate certificate, List<? extends Event> caused) {
		if (this.byId.values().stream().anyMatch((c) -> c.enrolmentId().equals(certificate.enrolmentId()))) {
			return Mono.just(false);
		}
		if (this.byId.values().stream().anyMatch((c) -> c.verificationCode().equals(certificate.verificationCode()))) {
			return Mono.error(new VerificationCodeTakenException(new VerificationCode(certificate.verificationCode())));
		}
		this.byId.put(certificate.id(), certificate);
		this.events.addAll(caused);
		return Mono.just(true);
	}

	@Override
	public synchronized Mono<Certificate> findByEnrolmentId(String enrolmentId) {
		return Mono
			.justOrEmpty(this.byId.values().stream().filter((c) -> c.enrolmentId().equals(enrolmentId)).findFirst());
	}

	@Override
	public synchronized Mono<Certificate> findByVerificationCode(VerificationCode code) {
		return Mono.justOrEmpty(
				this.byId.values().stream().filter((c) -> c.verificationCode().equals(code.value())).findFirst());
	}

	@Override
	public synchronized Flux<Certificate> findByLearnerId(String learnerId) {
		return Flux.fromStream(this.byId.values()
			.stream()
			.filter((c) -> c.isHeldBy(learnerId))
			.sorted(Comparator.comparing(Certificate::issuedAt).reversed())
			.toList()
			.stream());
	}

}
