package academy.agora.progress.enrolment.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import academy.agora.events.Event;
import academy.agora.progress.enrolment.domain.AlreadyEnrolledException;
import academy.agora.progress.enrolment.domain.Certificate;
import academy.agora.progress.enrolment.domain.ConcurrentChangeException;
import academy.agora.progress.enrolment.domain.Enrolment;
import academy.agora.progress.enrolment.domain.Enrolments;
import academy.agora.support.outbox.Outbox;
import academy.agora.support.outbox.OutboxEntry;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * One enrolment is one document; its pending events live in the same document's outbox
 * array, so the state change and its events are a single atomic write. A unique index on
 * learner and course makes the database, not a read before the write, the judge of "one
 * enrolment per learner and course".
 */
@Repository
class MongoEnrolments implements Enrolments, InitializingBean {

	static final String COLLECTION = "enrolments";

	static final String ONE_PER_LEARNER_AND_COURSE = "one_enrolment_per_learner_and_course";

	private static final Duration INDEX_TIMEOUT = Duration.ofSeconds(30);

	private final ReactiveMongoTemplate mongo;

	private final Outbox outbox;

	MongoEnrolments(ReactiveMongoTemplate mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	/**
	 * Creates the unique index before the application serves a request. Without it
	 * concurrent enrolments could duplicate, so a database that cannot be reached fails
	 * the start instead of letting the service run unprotected. The index on the cohort
	 * serves a cohort's list of members and the cohort part of a coordinator's scope.
	 */
	@Override
	public void afterPropertiesSet() {
		this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("learnerId", Sort.Direction.ASC)
				.on("courseId", Sort.Direction.ASC)
				.unique()
				.named(ONE_PER_LEARNER_AND_COURSE))
			.block(INDEX_TIMEOUT);
		this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("cohortId", Sort.Direction.ASC).named("enrolments_by_cohort"))
			.block(INDEX_TIMEOUT);
	}

	@Override
	public Mono<Enrolment> insert(Enrolment enrolment, List<? extends Event> events) {
		Document document = state(enrolment);
		document.put(OutboxEntry.FIELD, this.outbox.documents(events));
		return this.mongo.insert(document, COLLECTION)
			.thenReturn(enrolment)
			.onErrorResume(DuplicateKeyException.class, (ex) -> findByLearnerAndCourse(enrolment.learnerId(),
					enrolment.courseId())
				.switchIfEmpty(Mono.error(ex))
				.flatMap((existing) -> Mono.error(new AlreadyEnrolledException(existing.courseId(), existing.id()))));
	}

	@Override
	public Mono<Enrolment> findById(String id) {
		return this.mongo.findById(id, Enrolment.class, COLLECTION);
	}

	@Override
	public Flux<Enrolment> findByLearner(String learnerId) {
		return this.mongo.find(new Query(Criteria.where("learnerId").is(learnerId)).with(Sort.by("enrolledAt", "_id")),
				Enrolment.class, COLLECTION);
	}

	@Override
	public Mono<Enrolment> update(Enrolment enrolment, List<? extends Event> events) {
		Enrolment next = enrolment.withRevision(enrolment.revision() + 1);
		Update update = new Update();
		Document state = state(next);
		state.forEach((field, value) -> {
			if (!"_id".equals(field)) {
				update.set(field, value);
			}
		});
		// Null fields are not written; one that can go back to null is removed.
		if (!state.containsKey("withdrawnAt")) {
			update.unset("withdrawnAt");
		}
		Query unchanged = new Query(Criteria.where("_id").is(enrolment.id()).and("revision").is(enrolment.revision()));
		return this.mongo.updateFirst(unchanged, this.outbox.push(update, events), COLLECTION)
			.flatMap((result) -> (result.getMatchedCount() == 1) ? Mono.just(next)
					: Mono.error(new ConcurrentChangeException(enrolment.id())));
	}

	@Override
	public Mono<Boolean> certify(String enrolmentId, Certificate certificate) {
		Document value = new Document();
		this.mongo.getConverter().write(certificate, value);
		value.remove("_class");
		Query uncertified = new Query(Criteria.where("_id").is(enrolmentId).and("certificate").exists(false));
		Update update = new Update().set("certificate", value).inc("revision", 1);
		return this.mongo.updateFirst(uncertified, update, COLLECTION).map((result) -> result.getMatchedCount() == 1);
	}

	@Override
	public Mono<Boolean> recertify(String enrolmentId, Certificate certificate) {
		Document value = new Document();
		this.mongo.getConverter().write(certificate, value);
		value.remove("_class");
		Query holding = new Query(Criteria.where("_id")
			.is(enrolmentId)
			.and("certificate.certificateId")
			.is(certificate.certificateId())
			.and("certificate")
			.ne(value));
		Update update = new Update().set("certificate", value).inc("revision", 1);
		return this.mongo.updateFirst(holding, update, COLLECTION).map((result) -> result.getMatchedCount() == 1);
	}

	@Override
	public Flux<Enrolment> findByCohort(String cohortId) {
		return this.mongo.find(
				new Query(Criteria.where("cohortId").is(cohortId)).with(Sort.by("learnerName", "learnerId", "_id")),
				Enrolment.class, COLLECTION);
	}

	@Override
	public Mono<Enrolment> findByLearnerAndCourse(String learnerId, String courseId) {
		return this.mongo.findOne(new Query(Criteria.where("learnerId").is(learnerId).and("courseId").is(courseId)),
				Enrolment.class, COLLECTION);
	}

	@Override
	public Mono<Long> deleteByLearner(String learnerId, Instant enrolledUpTo) {
		return this.mongo
			.remove(new Query(Criteria.where("learnerId").is(learnerId).and("enrolledAt").lte(enrolledUpTo)),
					COLLECTION)
			.map((result) -> result.getDeletedCount());
	}

	private Document state(Enrolment enrolment) {
		Document document = new Document();
		this.mongo.getConverter().write(enrolment, document);
		document.remove(OutboxEntry.FIELD);
		return document;
	}

}
