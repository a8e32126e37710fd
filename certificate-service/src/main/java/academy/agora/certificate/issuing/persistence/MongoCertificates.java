package academy.agora.certificate.issuing.persistence;

import java.util.List;

import academy.agora.certificate.issuing.domain.Certificate;
import academy.agora.certificate.issuing.domain.Certificates;
import academy.agora.certificate.issuing.domain.VerificationCode;
import academy.agora.certificate.issuing.domain.VerificationCodeTakenException;
import academy.agora.events.Event;
import academy.agora.support.outbox.Outbox;
import academy.agora.support.outbox.OutboxEntry;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * One certificate is one document; the {@code CertificateIssued} event waits in the same
 * document's outbox array, so the certificate and its event are a single insert. The
 * unique index on {@code enrolmentId} (see {@link CertificateIndexes}) is what makes a
 * second certificate for an enrolment impossible, however often a completion arrives.
 */
@Repository
class MongoCertificates implements Certificates {

	static final String COLLECTION = "certificates";

	private final ReactiveMongoTemplate mongo;

	private final Outbox outbox;

	MongoCertificates(ReactiveMongoTemplate mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	@Override
	public Mono<Boolean> insertIfFirstForEnrolment(Certificate certificate, List<? extends Event> events) {
		Document document = state(certificate);
		document.put(OutboxEntry.FIELD, this.outbox.documents(events));
		return this.mongo.insert(document, COLLECTION)
			.thenReturn(true)
			.onErrorResume(DuplicateKeyException.class, (ex) -> whyDuplicate(certificate, ex));
	}

	/**
	 * Tells which unique index refused the insert by looking, rather than by parsing the
	 * server's message, whose wording differs between servers.
	 */
	private Mono<Boolean> whyDuplicate(Certificate certificate, DuplicateKeyException ex) {
		VerificationCode code = new VerificationCode(certificate.verificationCode());
		Mono<Boolean> codeTaken = findByVerificationCode(code)
			.flatMap((existing) -> Mono.<Boolean>error(new VerificationCodeTakenException(code)))
			.switchIfEmpty(Mono.error(ex));
		return findByEnrolmentId(certificate.enrolmentId()).map((existing) -> false)
			.switchIfEmpty(Mono.defer(() -> codeTaken));
	}

	@Override
	public Mono<Certificate> findByEnrolmentId(String enrolmentId) {
		return this.mongo.findOne(new Query(Criteria.where("enrolmentId").is(enrolmentId)), Certificate.class,
				COLLECTION);
	}

	@Override
	public Mono<Certificate> findByVerificationCode(VerificationCode code) {
		return this.mongo.findOne(new Query(Criteria.where("verificationCode").is(code.value())), Certificate.class,
				COLLECTION);
	}

	@Override
	public Flux<Certificate> findByLearnerId(String learnerId) {
		return this.mongo.find(new Query(Criteria.where("learnerId").is(learnerId))
			.with(Sort.by(Sort.Order.desc("issuedAt"), Sort.Order.asc("_id"))), Certificate.class, COLLECTION);
	}

	private Document state(Certificate certificate) {
		Document document = new Document();
		this.mongo.getConverter().write(certificate, document);
		document.remove(OutboxEntry.FIELD);
		return document;
	}

}
