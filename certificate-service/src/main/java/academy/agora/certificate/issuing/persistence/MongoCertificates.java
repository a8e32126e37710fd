package academy.agora.certificate.issuing.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import academy.agora.certificate.credential.domain.StatusPurpose;
import academy.agora.certificate.credential.domain.StatusSource;
import academy.agora.certificate.issuing.domain.Certificate;
import academy.agora.certificate.issuing.domain.CertificateFilter;
import academy.agora.certificate.issuing.domain.CertificateStatus;
import academy.agora.certificate.issuing.domain.Certificates;
import academy.agora.certificate.issuing.domain.ConcurrentChangeException;
import academy.agora.certificate.issuing.domain.VerificationCode;
import academy.agora.certificate.issuing.domain.VerificationCodeTakenException;
import academy.agora.events.Event;
import academy.agora.support.access.Scope;
import academy.agora.support.access.persistence.ScopeCriteria;
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
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * One certificate is one document, its whole life included; the events a change causes
 * wait in the same document's outbox array, so a change and its events are a single
 * write. The unique index on {@code enrolmentId} (see {@link CertificateIndexes}) is what
 * makes a second certificate for an enrolment impossible, however often a completion
 * arrives; the one on {@code verificationCode} keeps current codes apart. The bits of the
 * published status lists are read from here too, so they follow the certificates at once.
 */
@Repository
class MongoCertificates implements Certificates, StatusSource {

	static final String COLLECTION = "certificates";

	/** Every stored field but the id: a field the new state lacks is removed. */
	private static final List<String> FIELDS = Arrays.stream(Certificate.class.getRecordComponents())
		.map((component) -> component.getName())
		.filter((name) -> !"id".equals(name))
		.toList();

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
		return findByEnrolmentId(certificate.enrolmentId()).map((existing) -> false)
			.switchIfEmpty(Mono.defer(() -> codeTaken(certificate, ex)));
	}

	private <T> Mono<T> codeTaken(Certificate certificate, DuplicateKeyException ex) {
		VerificationCode code = new VerificationCode(certificate.verificationCode());
		return findByVerificationCode(code)
			.flatMap((existing) -> Mono.<T>error(new VerificationCodeTakenException(code)))
			.switchIfEmpty(Mono.error(ex));
	}

	@Override
	public Mono<Certificate> update(Certificate certificate, List<? extends Event> events) {
		Certificate next = certificate.withRevision(certificate.revision() + 1);
		Document state = state(next);
		Update update = new Update();
		FIELDS.forEach((field) -> {
			if (state.containsKey(field)) {
				update.set(field, state.get(field));
			}
			else {
				update.unset(field);
			}
		});
		// A document from before revisions has none; 0 stands for that absence.
		Criteria sameRevision = (certificate.revision() == 0)
				? new Criteria().orOperator(Criteria.where("revision").is(0L), Criteria.where("revision").exists(false))
				: Criteria.where("revision").is(certificate.revision());
		Query unchanged = new Query(
				new Criteria().andOperator(Criteria.where("_id").is(certificate.id()), sameRevision));
		return this.mongo.updateFirst(unchanged, this.outbox.push(update, events), COLLECTION)
			.onErrorResume(DuplicateKeyException.class, (ex) -> codeTaken(next, ex))
			.flatMap((result) -> (result.getMatchedCount() == 1) ? Mono.just(next)
					: Mono.error(new ConcurrentChangeException(certificate.id())));
	}

	@Override
	public Mono<Certificate> findById(String id) {
		return this.mongo.findById(id, Certificate.class, COLLECTION);
	}

	@Override
	public Mono<Certificate> findByEnrolmentId(String enrolmentId) {
		return this.mongo.findOne(new Query(Criteria.where("enrolmentId").is(enrolmentId)), Certificate.class,
				COLLECTION);
	}

	@Override
	public Mono<Certificate> findByVerificationCode(VerificationCode code) {
		return this.mongo.findOne(
				new Query(new Criteria().orOperator(Criteria.where("verificationCode").is(code.value()),
						Criteria.where("previousIssues.verificationCode").is(code.value()))),
				Certificate.class, COLLECTION);
	}

	@Override
	public Flux<Certificate> findByLearnerId(String learnerId) {
		return this.mongo.find(new Query(Criteria.where("learnerId").is(learnerId))
			.with(Sort.by(Sort.Order.desc("completedAt"), Sort.Order.asc("_id"))), Certificate.class, COLLECTION);
	}

	@Override
	public Flux<Certificate> find(CertificateFilter filter, Scope scope) {
		List<Criteria> criteria = new ArrayList<>();
		if (filter.status() != null) {
			criteria.add(Criteria.where("status").is(filter.status().name()));
		}
		if (filter.courseId() != null) {
			criteria.add(Criteria.where("courseId").is(filter.courseId()));
		}
		if (filter.cohortId() != null) {
			criteria.add(Criteria.where("cohortId").is(filter.cohortId()));
		}
		if (scope.isEmpty()) {
			return Flux.empty();
		}
		if (!scope.everything()) {
			criteria.add(ScopeCriteria.within(scope));
		}
		Query query = new Query(criteria.isEmpty() ? new Criteria() : new Criteria().andOperator(criteria))
			.with(Sort.by(Sort.Order.asc("completedAt"), Sort.Order.asc("_id")))
			.limit(filter.limit());
		return this.mongo.find(query, Certificate.class, COLLECTION);
	}

	@Override
	public Flux<Certificate> findByLearnerCompletedUpTo(String learnerId, Instant completedUpTo) {
		return this.mongo.find(
				new Query(Criteria.where("learnerId").is(learnerId).and("completedAt").lte(completedUpTo)),
				Certificate.class, COLLECTION);
	}

	@Override
	public Flux<Integer> setIndexes(StatusPurpose purpose, String listId) {
		return (purpose == StatusPurpose.REVOCATION) ? revokedIndexes(listId) : suspendedIndexes(listId);
	}

	/**
	 * The positions of the bits set in a revocation list: revoked certificates, and every
	 * superseded issue, whose printout shows a name since corrected.
	 * @param listId the list
	 * @return the set bits
	 */
	Flux<Integer> revokedIndexes(String listId) {
		Flux<Integer> revoked = indexes(Criteria.where("statusEntries.revocation.listId")
			.is(listId)
			.and("status")
			.is(CertificateStatus.REVOKED.name()), "statusEntries.revocation")
			.map((revocation) -> revocation.getInteger("index"));
		Query superseded = new Query(Criteria.where("previousIssues.statusEntries.revocation.listId").is(listId));
		superseded.fields().include("previousIssues.statusEntries.revocation");
		return Flux.concat(revoked,
				this.mongo.find(superseded, Document.class, COLLECTION)
					.flatMapIterable((document) -> document.getList("previousIssues", Document.class))
					.mapNotNull((issue) -> issue.getEmbedded(List.of("statusEntries", "revocation"), Document.class))
					.filter((revocation) -> listId.equals(revocation.getString("listId")))
					.map((revocation) -> revocation.getInteger("index")));
	}

	/**
	 * The positions of the bits set in a suspension list: suspended certificates.
	 * @param listId the list
	 * @return the set bits
	 */
	Flux<Integer> suspendedIndexes(String listId) {
		return indexes(Criteria.where("statusEntries.suspension.listId")
			.is(listId)
			.and("status")
			.is(CertificateStatus.SUSPENDED.name()), "statusEntries.suspension")
			.map((suspension) -> suspension.getInteger("index"));
	}

	/**
	 * Reads just the status entry at {@code path} of the matching certificates: lists are
	 * built on every verifier's request, and need two numbers, not whole certificates.
	 */
	private Flux<Document> indexes(Criteria criteria, String path) {
		Query query = new Query(criteria);
		query.fields().include(path);
		return this.mongo.find(query, Document.class, COLLECTION)
			.mapNotNull((document) -> document.getEmbedded(List.of(path.split("\\.")), Document.class));
	}

	private Document state(Certificate certificate) {
		Document document = new Document();
		this.mongo.getConverter().write(certificate, document);
		document.remove(OutboxEntry.FIELD);
		document.remove("_class");
		return document;
	}

}
